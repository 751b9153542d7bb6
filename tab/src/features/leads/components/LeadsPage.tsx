import {
  Avatar,
  Button,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
} from '@fluentui/react-components';
import { AddRegular, DataBarVerticalRegular, DocumentCopyRegular } from '@fluentui/react-icons';
import { personName, type Lead } from '@channel-crm/domain';
import { useState } from 'react';
import type { Column } from '../../../shell/components/DataTable';
import { useErrorText } from '../../../shell/error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { navigate, useRoute } from '../../../shell/router';
import { useSpace } from '../../../shell/SpaceContext';
import { ContactDataCell } from '../../records/components/ContactDataCell';
import { RecordListPage } from '../../records/components/RecordListPage';
import type { RecordSource } from '../../records/hooks/use-record-list';
import { useMembers } from '../../users/hooks/use-members';
import { LEAD_VIEWS, leadExportQuery, leadsKey, listLeads, type LeadView } from '../api/leads-api';
import { useClaimLead } from '../hooks/use-claim-lead';
import { LeadBulkActions } from './LeadBulkActions';
import { LeadFormDialog } from './LeadFormDialog';
import { LeadPriorityBadge, PRIORITY_RANK } from './LeadPriorityBadge';
import { LeadStatusBadge } from './LeadStatusBadge';

export function LeadsPage() {
  const { t, date } = useI18n();
  const route = useRoute();
  const { me } = useSpace();
  const { nameOf } = useMembers();
  const errorText = useErrorText();
  const claim = useClaimLead();
  const [view, setView] = useState<LeadView>('mine');
  const source: RecordSource<Lead> = {
    key: (s) => leadsKey({ ...s, view, meId: me.id }),
    load: (s, continuation, signal) => listLeads({ ...s, view, meId: me.id }, continuation, signal),
    exportFrom: (s) => ({ list: 'leads', query: leadExportQuery({ ...s, view, meId: me.id }) }),
  };

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
    {
      key: 'email',
      label: t('common.email'),
      render: (l) => <ContactDataCell kind="email" value={l.email} />,
      wide: true,
    },
    {
      key: 'phone',
      label: t('common.phone'),
      render: (l) => <ContactDataCell kind="tel" value={l.phone} />,
      wide: true,
    },
    {
      key: 'website',
      label: t('common.website'),
      render: (l) => <ContactDataCell kind="url" value={l.website} />,
      wide: true,
    },
    {
      key: 'status',
      label: t('common.status'),
      render: (l) => <LeadStatusBadge status={l.status} />,
      sortValue: (l) => l.status,
    },
    {
      key: 'priority',
      label: t('leads.priority'),
      render: (l) => <LeadPriorityBadge priority={l.priority} />,
      sortValue: (l) => (l.priority ? PRIORITY_RANK[l.priority] : 0),
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

  return (
    <RecordListPage<Lead>
      title={t('leads.title')}
      empty={{ title: t('leads.empty'), hint: t('leads.emptyHint') }}
      source={source}
      columns={columns}
      rowName={(l) => l.lastName}
      onOpen={(l) => navigate(`/leads/${l.id}`)}
      searchPlaceholder={t('leads.searchPlaceholder')}
      csv={{
        file: 'leads.csv',
        header: [
          t('common.firstName'),
          t('common.lastName'),
          t('common.company'),
          t('common.email'),
          t('common.phone'),
          t('common.status'),
        ],
        row: (l) => [
          l.firstName,
          l.lastName,
          l.company,
          l.email,
          l.phone,
          t(`leads.status.${l.status}`),
        ],
      }}
      filters={
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
      }
      actions={
        <>
          <Button icon={<DocumentCopyRegular />} onClick={() => navigate('/duplicates?type=lead')}>
            {t('duplicates.title')}
          </Button>
          <Button icon={<DataBarVerticalRegular />} onClick={() => navigate('/leads/stats')}>
            {t('leadStats.open')}
          </Button>
          <Button
            appearance="primary"
            icon={<AddRegular />}
            onClick={() => navigate('/leads?new=1')}
          >
            {t('leads.new')}
          </Button>
        </>
      }
      bulkActions={(chosen, clear) => (
        <LeadBulkActions chosen={chosen} archived={view === 'archived'} onDone={clear} />
      )}
      notice={
        claim.error && (
          <MessageBar intent="warning">
            <MessageBarBody>{errorText(claim.error)}</MessageBarBody>
          </MessageBar>
        )
      }
    >
      <LeadFormDialog
        open={route.query.get('new') === '1'}
        onClose={() => navigate('/leads')}
        onCreated={(lead) => navigate(`/leads/${lead.id}`)}
      />
    </RecordListPage>
  );
}
