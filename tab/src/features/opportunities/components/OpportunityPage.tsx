import {
  Avatar,
  Badge,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { LockClosedRegular, LockOpenRegular } from '@fluentui/react-icons';
import { UpdateOpportunityInput, type Opportunity, type Stage } from '@channel-crm/domain';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ErrorState } from '../../../shell/components/ErrorState';
import { PageSkeleton } from '../../../shell/components/PageSkeleton';
import { ReasonDialog } from '../../../shell/components/ReasonDialog';
import { useErrorText } from '../../../shell/error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { MuteButton } from '../../notifications/components/MuteButton';
import { useMembers } from '../../users/hooks/use-members';
import { timelineKey } from '../../records/api/records-api';
import { useRecord } from '../../records/hooks/use-record';
import { useRecordAction } from '../../records/hooks/use-record-action';
import { EditableRecord } from '../../records/components/EditableRecord';
import { RolesPanel } from '../../records/components/RolesPanel';
import { RecordShares } from '../../splitter/components/RecordShares';
import {
  closeOpportunity,
  getOpportunity,
  listPipelines,
  moveStage,
  pipelinesKey,
  unlockOpportunity,
  updateOpportunity,
} from '../api/opportunities-api';
import { DealActions } from './DealActions';
import { DealPeople } from './DealPeople';
import { DealTags } from './DealTags';
import { LinkedAccounts } from './LinkedAccounts';
import { StagePath } from './StagePath';
import { useOpportunityFields } from '../hooks/use-opportunity-fields';

const useStyles = makeStyles({
  header: { display: 'grid', gap: tokens.spacingVerticalM },
  titleRow: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
  },
  grow: { flexGrow: 1 },
  panels: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))',
    gap: tokens.spacingHorizontalXXL,
  },
  figures: { display: 'flex', gap: tokens.spacingHorizontalXXL, flexWrap: 'wrap', margin: 0 },
  figure: { display: 'grid', margin: 0 },
  label: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  value: {
    margin: 0,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase400,
    display: 'flex',
    gap: '4px',
    alignItems: 'center',
  },
});

export function OpportunityPage({ id = '' }: { id?: string }) {
  const styles = useStyles();
  const { t, money, date, percent } = useI18n();
  const errorText = useErrorText();
  const { nameOf } = useMembers();
  const { fields, fieldLabel } = useOpportunityFields();
  const [closing, setClosing] = useState<Stage | undefined>();
  const { query, saver } = useRecord<Opportunity>('opportunity', id, {
    get: getOpportunity,
    update: updateOpportunity,
    refetchOnMount: 'always',
  });
  const pipelines = useQuery({
    queryKey: pipelinesKey(query.data?.spaceId ?? ''),
    queryFn: ({ signal }) => listPipelines(query.data!.spaceId, signal),
    enabled: Boolean(query.data),
  });
  const action = useRecordAction<Opportunity>('opportunity', id, query.data, {
    invalidate: [['board'], timelineKey('opportunity', id)],
    onDone: () => setClosing(undefined),
  });

  if (query.isPending) return <PageSkeleton />;
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const d = query.data;
  const pipeline = pipelines.data?.find((p) => p.id === d.pipelineId);
  const stage = pipeline?.stages.find((s) => s.id === d.stageId);
  const weighted = d.amount
    ? money(Math.round((d.amount.amount * d.probability) / 100), d.amount.currency)
    : t('common.none');
  const pick = (to: Stage) =>
    to.kind === 'open' ? action.mutate((current) => moveStage(current, to.id)) : setClosing(to);

  const figure = (label: string, value: ReactNode) => (
    <div className={styles.figure}>
      <dt className={styles.label}>{label}</dt>
      <dd className={styles.value}>{value}</dd>
    </div>
  );

  const header = (
    <div className={styles.header}>
      <div className={styles.titleRow}>
        <Title3 as="h1">{d.name}</Title3>
        {d.status !== 'open' && (
          <Badge color={d.status === 'won' ? 'success' : 'danger'} appearance="filled">
            {t(d.status === 'won' ? 'opportunities.won' : 'opportunities.lost')}
          </Badge>
        )}
        {d.locked && (
          <Badge icon={<LockClosedRegular />} appearance="outline" data-locked>
            {t('common.locked')}
          </Badge>
        )}
        <div className={styles.grow} />
        <MuteButton type="opportunity" id={d.id} />
        <DealActions opportunity={d} />
        {d.locked ? (
          <Button icon={<LockOpenRegular />} onClick={() => action.mutate(unlockOpportunity)}>
            {t('opportunities.unlock')}
          </Button>
        ) : null}
      </div>
      <dl className={styles.figures}>
        {figure(
          t('common.amount'),
          d.amount ? money(d.amount.amount, d.amount.currency) : t('common.none'),
        )}
        {figure(t('opportunities.weighted', { amount: '' }).trim(), weighted)}
        {figure(t('opportunities.probability'), percent(d.probability))}
        {figure(t('opportunities.stage'), stage?.name ?? '…')}
        {figure(
          t('opportunities.expectedClose'),
          d.expectedCloseDate ? date(d.expectedCloseDate) : t('common.none'),
        )}
        {figure(
          t('common.owner'),
          <>
            <Avatar size={20} name={nameOf(d.ownerId)} aria-hidden /> {nameOf(d.ownerId)}
          </>,
        )}
      </dl>
      {pipeline && (
        <StagePath
          stages={pipeline.stages}
          currentId={d.stageId}
          disabled={d.locked || action.isPending}
          onPick={pick}
        />
      )}
      {d.locked && <Text size={200}>{t('opportunities.lockedHint')}</Text>}
      <div className={styles.panels}>
        <LinkedAccounts opportunity={d} />
        <DealPeople opportunity={d} />
        <DealTags opportunity={d} />
      </div>
      {action.error && !closing && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{errorText(action.error)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );

  return (
    <>
      <EditableRecord
        type="opportunity"
        record={d}
        saver={saver}
        fields={fields}
        fieldLabel={fieldLabel}
        schema={UpdateOpportunityInput}
        currency={d.amount?.currency ?? 'EUR'}
        disabled={d.locked}
        describe={(field, value) =>
          field === 'stageId' ? pipeline?.stages.find((s) => s.id === value)?.name : undefined
        }
        header={header}
        sideLabel={t('record.roles')}
        side={
          <>
            <RolesPanel type="opportunity" record={d} />
            <RecordShares record={d} />
          </>
        }
      />
      <ReasonDialog
        open={closing !== undefined}
        title={
          closing?.kind === 'lost' ? t('opportunities.lostTitle') : t('opportunities.wonTitle')
        }
        label={t('opportunities.reason')}
        busy={action.isPending}
        error={action.error}
        onCancel={() => setClosing(undefined)}
        onConfirm={(reason) =>
          closing &&
          action.mutate((current) =>
            closeOpportunity(current, closing.kind === 'lost' ? 'lost' : 'won', reason, closing.id),
          )
        }
      />
    </>
  );
}
