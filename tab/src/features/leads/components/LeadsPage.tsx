import {
  Avatar,
  Button,
  Input,
  makeStyles,
  Menu,
  MenuItem,
  MessageBar,
  MessageBarBody,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Select,
  Text,
  Title3,
  tokens,
  Toolbar,
} from '@fluentui/react-components';
import {
  AddRegular,
  ArchiveRegular,
  ArrowDownloadRegular,
  PersonArrowRightRegular,
  SearchRegular,
} from '@fluentui/react-icons';
import { personName, type Lead } from '@channel-crm/domain';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { DataTable, type Column } from '../../../shell/components/DataTable';
import { EmptyState } from '../../../shell/components/EmptyState';
import { ErrorState } from '../../../shell/components/ErrorState';
import { PageSkeleton } from '../../../shell/components/PageSkeleton';
import { downloadCsv } from '../../../shell/csv';
import { useErrorText } from '../../../shell/error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { navigate, useRoute } from '../../../shell/router';
import { useSpace } from '../../../shell/SpaceContext';
import { useMembers } from '../../users/hooks/use-members';
import {
  archiveLead,
  claimLead,
  LEAD_VIEWS,
  leadsKey,
  listLeads,
  updateLead,
  type LeadListParams,
  type LeadView,
} from '../api/leads-api';
import { LeadFormDialog } from './LeadFormDialog';
import { LeadStatusBadge } from './LeadStatusBadge';

const useStyles = makeStyles({
  page: { display: 'grid', gap: tokens.spacingVerticalM },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
  },
  grow: { flexGrow: 1 },
  search: { minWidth: '180px', flexGrow: 1, maxWidth: '360px' },
  bulk: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorBrandBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
});

export function LeadsPage() {
  const styles = useStyles();
  const { t, date } = useI18n();
  const route = useRoute();
  const { me, space } = useSpace();
  const { members: users, nameOf } = useMembers();
  const queryClient = useQueryClient();
  const [view, setView] = useState<LeadView>('mine');
  const [text, setText] = useState('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const search = useDeferredValue(text.trim());
  const creating = route.query.get('new') === '1';
  const params: LeadListParams = { spaceId: space?.id ?? '', view, text: search, meId: me.id };

  const leads = useInfiniteQuery({
    queryKey: leadsKey(params),
    queryFn: ({ pageParam, signal }) => listLeads(params, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.continuation,
    enabled: Boolean(space),
  });
  const rows = leads.data?.pages.flatMap((p) => p.items) ?? [];
  const chosen = rows.filter((r) => selected.has(r.id));

  const errorText = useErrorText();
  const claim = useMutation({
    mutationFn: claimLead,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['leads'] }),
  });

  const bulk = useMutation({
    mutationFn: (change: (lead: Lead) => Promise<unknown>) => Promise.all(chosen.map(change)),
    onSettled: () => {
      setSelected(new Set());
      void queryClient.invalidateQueries({ queryKey: ['leads'] });
    },
  });

  const columns: Column<Lead>[] = [
    {
      key: 'name',
      label: t('common.name'),
      render: (l) => <Text weight="semibold">{personName(l)}</Text>,
      sortValue: (l) => `${l.lastName} ${l.firstName ?? ''}`,
    },
    {
      key: 'company',
      label: t('common.company'),
      render: (l) => l.company ?? '',
      sortValue: (l) => l.company ?? '',
    },
    { key: 'email', label: t('common.email'), render: (l) => l.email ?? '', wide: true },
    {
      key: 'status',
      label: t('common.status'),
      render: (l) => <LeadStatusBadge status={l.status} />,
      sortValue: (l) => l.status,
    },
    {
      key: 'owner',
      label: t('common.owner'),
      render: (l) =>
        l.ownerId ? (
          <Avatar size={20} name={nameOf(l.ownerId)} title={nameOf(l.ownerId)} />
        ) : (
          <Button
            size="small"
            aria-label={t('leads.claimLead', { name: l.lastName })}
            disabled={claim.isPending}
            onClick={(e) => {
              e.stopPropagation();
              claim.mutate(l);
            }}
            onKeyDown={(e) => e.stopPropagation()}
          >
            {t('leads.claim')}
          </Button>
        ),
      sortValue: (l) => nameOf(l.ownerId) ?? '',
      wide: true,
    },
    {
      key: 'created',
      label: t('common.created'),
      render: (l) => date(l.createdAt),
      sortValue: (l) => l.createdAt,
      wide: true,
    },
  ];

  const exportCsv = () =>
    downloadCsv(
      'leads.csv',
      [
        t('common.firstName'),
        t('common.lastName'),
        t('common.company'),
        t('common.email'),
        t('common.phone'),
        t('common.status'),
      ],
      rows.map((l) => [
        l.firstName,
        l.lastName,
        l.company,
        l.email,
        l.phone,
        t(`leads.status.${l.status}`),
      ]),
    );

  return (
    <div className={styles.page}>
      <div className={styles.header}>
        <Title3 as="h1">{t('leads.title')}</Title3>
        <Select
          aria-label={t('leads.view')}
          value={view}
          onChange={(_, d) => setView(d.value as LeadView)}
        >
          {LEAD_VIEWS.map((v) => (
            <option key={v} value={v}>
              {t(`leads.view.${v}`)}
            </option>
          ))}
        </Select>
        <Input
          className={styles.search}
          type="search"
          contentBefore={<SearchRegular />}
          placeholder={t('leads.searchPlaceholder')}
          aria-label={t('common.search')}
          value={text}
          onChange={(_, d) => setText(d.value)}
        />
        <div className={styles.grow} />
        <Button icon={<ArrowDownloadRegular />} onClick={exportCsv} disabled={rows.length === 0}>
          {t('common.csv')}
        </Button>
        <Button appearance="primary" icon={<AddRegular />} onClick={() => navigate('/leads?new=1')}>
          {t('leads.new')}
        </Button>
      </div>

      {selected.size > 0 && (
        <Toolbar className={styles.bulk} aria-label={t('common.actions')}>
          <Text>{t('common.selected', { count: selected.size })}</Text>
          <Menu>
            <MenuTrigger disableButtonEnhancement>
              <Button icon={<PersonArrowRightRegular />} disabled={bulk.isPending}>
                {t('leads.assign')}
              </Button>
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                {users.map((u) => (
                  <MenuItem
                    key={u.id}
                    onClick={() =>
                      bulk.mutate((l) => updateLead(l.id, { ownerId: u.id }, l.version))
                    }
                  >
                    {t('leads.assignTo', { name: u.name })}
                  </MenuItem>
                ))}
              </MenuList>
            </MenuPopover>
          </Menu>
          <Button
            icon={<ArchiveRegular />}
            disabled={bulk.isPending}
            onClick={() => bulk.mutate(archiveLead)}
          >
            {view === 'archived' ? t('leads.unarchive') : t('leads.archive')}
          </Button>
        </Toolbar>
      )}

      {claim.error && (
        <MessageBar intent="warning">
          <MessageBarBody>{errorText(claim.error)}</MessageBarBody>
        </MessageBar>
      )}

      {leads.isPending && space ? (
        <PageSkeleton />
      ) : leads.error ? (
        <ErrorState error={leads.error} onRetry={() => void leads.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title={t('leads.empty')} hint={t('leads.emptyHint')} />
      ) : (
        <DataTable
          label={t('leads.title')}
          rows={rows}
          columns={columns}
          rowId={(l) => l.id}
          rowName={(l) => l.lastName}
          onOpen={(l) => navigate(`/leads/${l.id}`)}
          selected={selected}
          onSelectedChange={setSelected}
        />
      )}
      {leads.hasNextPage && (
        <Button onClick={() => void leads.fetchNextPage()} disabled={leads.isFetchingNextPage}>
          {t('common.loadMore')}
        </Button>
      )}
      <LeadFormDialog
        open={creating}
        onClose={() => navigate('/leads')}
        onCreated={(lead) => {
          navigate(`/leads/${lead.id}`);
        }}
      />
    </div>
  );
}
