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
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ErrorState } from '../../../shell/components/ErrorState';
import { PageSkeleton } from '../../../shell/components/PageSkeleton';
import { ReasonDialog } from '../../../shell/components/ReasonDialog';
import { useErrorText } from '../../../shell/error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useMembers } from '../../users/api/use-members';
import { useRecordSave } from '../../records/api/use-record-save';
import { ConflictDialog } from '../../records/components/ConflictDialog';
import { DetailsForm } from '../../records/components/DetailsForm';
import { RecordLayout } from '../../records/components/RecordLayout';
import { RolesPanel } from '../../records/components/RolesPanel';
import { Timeline } from '../../records/components/Timeline';
import {
  closeDeal,
  getOpportunity,
  listPipelines,
  moveStage,
  opportunityKey,
  pipelinesKey,
  unlockDeal,
  updateOpportunity,
} from '../api/opportunities-api';
import { StagePath } from './StagePath';
import { useOpportunityFields } from './use-opportunity-fields';

const useStyles = makeStyles({
  header: { display: 'grid', gap: tokens.spacingVerticalM },
  titleRow: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
  },
  grow: { flexGrow: 1 },
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
  const { t, money, date } = useI18n();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const { nameOf } = useMembers();
  const { fields, fieldLabel } = useOpportunityFields();
  const [closing, setClosing] = useState<Stage | undefined>();
  const deal = useQuery({
    queryKey: opportunityKey(id),
    queryFn: ({ signal }) => getOpportunity(id, signal),
    refetchOnMount: 'always',
  });
  const pipelines = useQuery({
    queryKey: pipelinesKey(deal.data?.spaceId ?? ''),
    queryFn: ({ signal }) => listPipelines(deal.data!.spaceId, signal),
    enabled: Boolean(deal.data),
  });
  const saver = useRecordSave<Opportunity>(
    'opportunity',
    id,
    (c, v) => updateOpportunity(id, c, v),
    () => getOpportunity(id),
  );
  const action = useMutation({
    mutationFn: (run: (d: Opportunity) => Promise<Opportunity>) => run(deal.data!),
    onSuccess: (saved) => {
      queryClient.setQueryData(opportunityKey(id), saved);
      void queryClient.invalidateQueries({ queryKey: ['board'] });
      void queryClient.invalidateQueries({ queryKey: ['opportunity', id, 'timeline'] });
      setClosing(undefined);
    },
  });

  if (deal.isPending) return <PageSkeleton />;
  if (deal.error) return <ErrorState error={deal.error} onRetry={() => void deal.refetch()} />;
  const d = deal.data;
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
            {t(d.status === 'won' ? 'opps.won' : 'opps.lost')}
          </Badge>
        )}
        {d.locked && (
          <Badge icon={<LockClosedRegular />} appearance="outline" data-locked>
            {t('common.locked')}
          </Badge>
        )}
        <div className={styles.grow} />
        {d.locked ? (
          <Button icon={<LockOpenRegular />} onClick={() => action.mutate(unlockDeal)}>
            {t('opps.unlock')}
          </Button>
        ) : null}
      </div>
      <dl className={styles.figures}>
        {figure(
          t('common.amount'),
          d.amount ? money(d.amount.amount, d.amount.currency) : t('common.none'),
        )}
        {figure(t('opps.weighted', { amount: '' }).trim(), weighted)}
        {figure(t('opps.probability'), `${d.probability} %`)}
        {figure(t('opps.stage'), stage?.name ?? '…')}
        {figure(
          t('opps.expectedClose'),
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
      {d.locked && <Text size={200}>{t('opps.lockedHint')}</Text>}
      {action.error && !closing && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{errorText(action.error)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );

  return (
    <>
      <RecordLayout
        header={header}
        sideLabel={t('record.roles')}
        details={
          <DetailsForm
            record={d}
            fields={fields}
            schema={UpdateOpportunityInput}
            currency={d.amount?.currency ?? 'EUR'}
            disabled={d.locked}
            saving={saver.saving}
            serverError={saver.error}
            onSave={(changes) => saver.save(changes, d)}
          />
        }
        timeline={
          <Timeline
            type="opportunity"
            id={id}
            fieldLabel={fieldLabel}
            describe={(field, value) =>
              field === 'stageId' ? pipeline?.stages.find((s) => s.id === value)?.name : undefined
            }
          />
        }
        side={<RolesPanel type="opportunity" record={d} />}
      />
      <ConflictDialog
        conflict={saver.conflict}
        fieldLabel={fieldLabel}
        onReapply={saver.reapply}
        onKeepTheirs={saver.keepTheirs}
      />
      <ReasonDialog
        open={closing !== undefined}
        title={closing?.kind === 'lost' ? t('opps.lostTitle') : t('opps.wonTitle')}
        label={t('opps.reason')}
        busy={action.isPending}
        error={action.error}
        onCancel={() => setClosing(undefined)}
        onConfirm={(reason) =>
          closing &&
          action.mutate((current) =>
            closeDeal(current, closing.kind === 'lost' ? 'lost' : 'won', reason, closing.id),
          )
        }
      />
    </>
  );
}
