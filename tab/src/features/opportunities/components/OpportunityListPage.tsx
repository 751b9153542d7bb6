import {
  Avatar,
  Badge,
  Button,
  Input,
  makeStyles,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, BoardRegular, SearchRegular } from '@fluentui/react-icons';
import type { DealListItem } from '@channel-crm/domain';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { DataTable, type Column } from '../../../shell/components/DataTable';
import { EmptyState } from '../../../shell/components/EmptyState';
import { ErrorState } from '../../../shell/components/ErrorState';
import { PageSkeleton } from '../../../shell/components/PageSkeleton';
import { downloadCsv } from '../../../shell/csv';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { navigate } from '../../../shell/router';
import { useSpace } from '../../../shell/SpaceContext';
import { useMembers } from '../../users/hooks/use-members';
import { listOpportunities, type OpportunityListParams } from '../api/opportunities-api';

const useStyles = makeStyles({
  page: { display: 'grid', gap: tokens.spacingVerticalM },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
  },
  grow: { flexGrow: 1 },
});

export function OpportunityListPage() {
  const styles = useStyles();
  const { t, money, date } = useI18n();
  const { space } = useSpace();
  const { nameOf } = useMembers();
  const [text, setText] = useState('');
  const search = useDeferredValue(text.trim());
  const params: OpportunityListParams = { spaceId: space?.id ?? '', text: search };
  const list = useInfiniteQuery({
    queryKey: ['opportunities', params],
    queryFn: ({ pageParam, signal }) => listOpportunities(params, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (p) => p.continuation,
    enabled: Boolean(space),
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const columns: Column<DealListItem>[] = [
    { key: 'name', label: t('common.name'), render: (o) => o.name, sortValue: (o) => o.name },
    {
      key: 'account',
      label: t('opps.account'),
      render: (o) => o.accountName ?? '',
      sortValue: (o) => o.accountName ?? '',
    },
    {
      key: 'amount',
      label: t('common.amount'),
      render: (o) => (o.amount ? money(o.amount.amount, o.amount.currency) : ''),
      sortValue: (o) => o.amount?.amount ?? 0,
    },
    {
      key: 'status',
      label: t('common.status'),
      render: (o) =>
        o.status === 'open' ? (
          `${o.probability} %`
        ) : (
          <Badge color={o.status === 'won' ? 'success' : 'danger'}>
            {t(o.status === 'won' ? 'opps.won' : 'opps.lost')}
          </Badge>
        ),
      sortValue: (o) => o.probability,
    },
    {
      key: 'close',
      label: t('opps.expectedClose'),
      render: (o) => (o.expectedCloseDate ? date(o.expectedCloseDate) : ''),
      sortValue: (o) => o.expectedCloseDate ?? '',
      wide: true,
    },
    {
      key: 'owner',
      label: t('common.owner'),
      render: (o) => <Avatar size={20} name={nameOf(o.ownerId)} title={nameOf(o.ownerId)} />,
      sortValue: (o) => nameOf(o.ownerId) ?? '',
      wide: true,
    },
  ];
  return (
    <div className={styles.page}>
      <div className={styles.header}>
        <Title3 as="h1">{t('opps.title')}</Title3>
        <Input
          type="search"
          contentBefore={<SearchRegular />}
          aria-label={t('common.search')}
          value={text}
          onChange={(_, d) => setText(d.value)}
        />
        <div className={styles.grow} />
        <Button
          icon={<ArrowDownloadRegular />}
          disabled={rows.length === 0}
          onClick={() =>
            downloadCsv(
              'opportunities.csv',
              [t('common.name'), t('common.amount'), t('common.currency'), t('common.status')],
              rows.map((o) => [
                o.name,
                o.amount ? o.amount.amount / 100 : undefined,
                o.amount?.currency,
                o.status,
              ]),
            )
          }
        >
          {t('common.csv')}
        </Button>
        <Button icon={<BoardRegular />} onClick={() => navigate('/opportunities')}>
          {t('opps.board')}
        </Button>
      </div>
      {list.isPending && space ? (
        <PageSkeleton />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title={t('opps.empty')} />
      ) : (
        <DataTable
          label={t('opps.title')}
          rows={rows}
          columns={columns}
          rowId={(o) => o.id}
          rowName={(o) => o.name}
          onOpen={(o) => navigate(`/opportunities/${o.id}`)}
        />
      )}
      {list.hasNextPage && (
        <Button onClick={() => void list.fetchNextPage()}>{t('common.loadMore')}</Button>
      )}
    </div>
  );
}
