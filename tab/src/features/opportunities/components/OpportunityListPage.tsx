import { Avatar, Badge, Button } from '@fluentui/react-components';
import { AddRegular, BoardRegular } from '@fluentui/react-icons';
import type { OpportunityListItem } from '@channel-crm/domain';
import type { Column } from '../../../shell/components/DataTable';
import { useState } from 'react';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { navigate } from '../../../shell/router';
import { RecordListPage } from '../../records/components/RecordListPage';
import type { RecordSource } from '../../records/hooks/use-record-list';
import { useMembers } from '../../users/hooks/use-members';
import { listOpportunities } from '../api/opportunities-api';
import { NewOpportunityDialog } from './NewOpportunityDialog';

const SOURCE: RecordSource<OpportunityListItem> = {
  key: (search) => ['opportunities', search],
  load: listOpportunities,
  exportFrom: (search) => ({
    list: 'opportunities',
    query: { spaceId: search.spaceId, text: search.text || undefined },
  }),
};

export function OpportunityListPage() {
  const { t, money, date, percent } = useI18n();
  const { nameOf } = useMembers();
  const [creating, setCreating] = useState(false);
  const columns: Column<OpportunityListItem>[] = [
    { key: 'name', label: t('common.name'), render: (o) => o.name, sortValue: (o) => o.name },
    {
      key: 'account',
      label: t('opportunities.account'),
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
          percent(o.probability)
        ) : (
          <Badge color={o.status === 'won' ? 'success' : 'danger'}>
            {t(o.status === 'won' ? 'opportunities.won' : 'opportunities.lost')}
          </Badge>
        ),
      sortValue: (o) => o.probability,
    },
    {
      key: 'close',
      label: t('opportunities.expectedClose'),
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
    <>
      <RecordListPage<OpportunityListItem>
        title={t('opportunities.title')}
        empty={{ title: t('opportunities.empty') }}
        source={SOURCE}
        columns={columns}
        rowName={(o) => o.name}
        onOpen={(o) => navigate(`/opportunities/${o.id}`)}
        csv={{
          file: 'opportunities.csv',
          header: [t('common.name'), t('common.amount'), t('common.currency'), t('common.status')],
          row: (o) => [
            o.name,
            o.amount ? o.amount.amount / 100 : undefined,
            o.amount?.currency,
            o.status,
          ],
        }}
        actions={
          <>
            <Button appearance="primary" icon={<AddRegular />} onClick={() => setCreating(true)}>
              {t('opportunities.new')}
            </Button>
            <Button icon={<BoardRegular />} onClick={() => navigate('/opportunities')}>
              {t('opportunities.board')}
            </Button>
          </>
        }
      />
      <NewOpportunityDialog open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
