import {
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  Title3,
  tokens,
} from '@fluentui/react-components';
import {
  ArchiveRegular,
  CheckmarkCircleRegular,
  DismissCircleRegular,
  PersonDeleteRegular,
} from '@fluentui/react-icons';
import { LEAD_PERSONAL_FIELDS, personName, UpdateLeadInput, type Lead } from '@channel-crm/domain';
import { useState } from 'react';
import { ErrorState } from '../../../shell/components/ErrorState';
import { PageSkeleton } from '../../../shell/components/PageSkeleton';
import { ReasonDialog } from '../../../shell/components/ReasonDialog';
import { useErrorText } from '../../../shell/error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { hrefOf, navigate } from '../../../shell/router';
import { MuteButton } from '../../notifications/components/MuteButton';
import { useFollowMerged } from '../../records/hooks/use-follow-merged';
import { useRecord } from '../../records/hooks/use-record';
import { timelineKey } from '../../records/api/records-api';
import { useRecordAction } from '../../records/hooks/use-record-action';
import { EditableRecord } from '../../records/components/EditableRecord';
import { RolesPanel } from '../../records/components/RolesPanel';
import { AnonymizeDialog } from '../../records/components/AnonymizeDialog';
import { useLeadFields } from '../hooks/use-lead-fields';
import { anonymizeLead, archiveLead, disqualifyLead, getLead, updateLead } from '../api/leads-api';
import { AnonymizedNotice } from './AnonymizedNotice';
import { LeadAssignment } from './LeadAssignment';
import { RecordShares } from '../../splitter/components/RecordShares';
import { useSharesText } from '../../splitter/components/use-shares-text';
import { LeadPriorityBadge } from './LeadPriorityBadge';
import { LeadStatusBadge } from './LeadStatusBadge';
import { QualifyDialog } from './QualifyDialog';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
  },
  grow: { flexGrow: 1 },
  links: { display: 'flex', gap: tokens.spacingHorizontalM },
});

export function LeadPage({ id = '' }: { id?: string }) {
  const styles = useStyles();
  const { t } = useI18n();
  const errorText = useErrorText();
  const [dialog, setDialog] = useState<'qualify' | 'disqualify' | 'anonymize' | undefined>();
  const { fields, fieldLabel } = useLeadFields();
  const { query: lead, saver } = useRecord<Lead>('lead', id, {
    get: getLead,
    update: updateLead,
    refetchOnMount: 'always',
  });
  useFollowMerged('/leads', id, lead.data);
  const sharesText = useSharesText(lead.data?.spaceId);
  const action = useRecordAction<Lead>('lead', id, lead.data, {
    invalidate: [['leads'], ['contact'], ['opportunity'], timelineKey('lead', id)],
    onDone: () => setDialog(undefined),
  });

  if (lead.isPending) return <PageSkeleton />;
  if (lead.error) return <ErrorState error={lead.error} onRetry={() => void lead.refetch()} />;
  const l = lead.data;
  const open = l.status === 'new' || l.status === 'working';
  const into = l.qualifiedInto;

  const header = (
    <>
      <div className={styles.header}>
        <Title3 as="h1">{personName(l)}</Title3>
        {l.company && <Text>{l.company}</Text>}
        <LeadStatusBadge status={l.status} />
        <LeadPriorityBadge priority={l.priority} />
        <div className={styles.grow} />
        {open && (
          <>
            <Button
              appearance="primary"
              icon={<CheckmarkCircleRegular />}
              onClick={() => setDialog('qualify')}
            >
              {t('leads.qualify')}
            </Button>
            <Button icon={<DismissCircleRegular />} onClick={() => setDialog('disqualify')}>
              {t('leads.disqualify')}
            </Button>
          </>
        )}
        <Button
          icon={<ArchiveRegular />}
          onClick={() => action.mutate(archiveLead)}
          disabled={action.isPending}
        >
          {l.archived ? t('leads.unarchive') : t('leads.archive')}
        </Button>
        <MuteButton type="lead" id={l.id} />
        {!l.anonymizedAt && (
          <Button icon={<PersonDeleteRegular />} onClick={() => setDialog('anonymize')}>
            {t('anonymize.action')}
          </Button>
        )}
        {action.error && !dialog && (
          <MessageBar intent="error">
            <MessageBarBody>{errorText(action.error)}</MessageBarBody>
          </MessageBar>
        )}
        {into && (
          <div className={styles.links}>
            <Text>{t('leads.qualifiedInto')}:</Text>
            {into.opportunityId && (
              <Link href={hrefOf(`/opportunities/${into.opportunityId}`)}>
                {t('qualify.opportunity')}
              </Link>
            )}
            {into.accountId && (
              <Link href={hrefOf(`/accounts/${into.accountId}`)}>{t('qualify.account')}</Link>
            )}
            {into.contactId && (
              <Link href={hrefOf(`/contacts/${into.contactId}`)}>{t('qualify.contact')}</Link>
            )}
          </div>
        )}
      </div>
      {l.anonymizedAt && <AnonymizedNotice lead={{ ...l, anonymizedAt: l.anonymizedAt }} />}
    </>
  );

  return (
    <>
      <EditableRecord
        type="lead"
        record={l}
        saver={saver}
        fields={fields}
        fieldLabel={fieldLabel}
        describe={(field, value) => (field === 'shares' ? sharesText(value) : undefined)}
        schema={UpdateLeadInput}
        disabled={!open}
        header={header}
        sideLabel={t('record.roles')}
        side={
          <>
            <LeadAssignment lead={l} disabled={!open || Boolean(l.anonymizedAt)} />
            <RecordShares record={l} />
            <RolesPanel type="lead" record={l} />
          </>
        }
      />
      <QualifyDialog
        open={dialog === 'qualify'}
        lead={l}
        onClose={() => setDialog(undefined)}
        onDone={(result) => {
          setDialog(undefined);
          if (result.opportunity) navigate(`/opportunities/${result.opportunity.id}`);
        }}
      />
      <AnonymizeDialog
        open={dialog === 'anonymize'}
        person={l}
        personalFields={LEAD_PERSONAL_FIELDS}
        fieldLabel={fieldLabel}
        alsoErased={[
          ...(l.qualifiedInto?.contactId ? [t('anonymize.contact')] : []),
          ...(l.qualifiedInto?.opportunityId ? [t('anonymize.dealName')] : []),
        ]}
        busy={action.isPending}
        error={action.error}
        onCancel={() => setDialog(undefined)}
        onConfirm={() => action.mutate(anonymizeLead)}
      />
      <ReasonDialog
        open={dialog === 'disqualify'}
        title={t('leads.disqualifyTitle')}
        label={t('leads.disqualifyReason')}
        busy={action.isPending}
        error={action.error}
        onCancel={() => setDialog(undefined)}
        onConfirm={(reason) => action.mutate((current) => disqualifyLead(current, reason))}
      />
    </>
  );
}
