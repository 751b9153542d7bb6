import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Title3,
  ToggleButton,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, ListRegular } from '@fluentui/react-icons';
import type { OpportunityListItem, Stage } from '@channel-crm/domain';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { EmptyState } from '../../../shell/components/EmptyState';
import { ErrorState } from '../../../shell/components/ErrorState';
import { PageSkeleton } from '../../../shell/components/PageSkeleton';
import { ReasonDialog } from '../../../shell/components/ReasonDialog';
import { useErrorText } from '../../../shell/error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { navigate } from '../../../shell/router';
import { useSpace } from '../../../shell/SpaceContext';
import { useMembers } from '../../users/hooks/use-members';
import { boardKey, getBoard, listPipelines, pipelinesKey } from '../api/opportunities-api';
import { useColumnPaging } from '../hooks/use-column-paging';
import { useMoveOpportunity, type Move } from '../hooks/use-move-opportunity';
import { BoardColumnView } from './BoardColumnView';
import { NewOpportunityDialog } from './NewOpportunityDialog';

type QuickFilter = 'mine' | 'closingThisMonth' | 'stale';

const STALE_DAYS = 30;

const useStyles = makeStyles({
  page: { display: 'grid', gap: tokens.spacingVerticalM, minWidth: 0 },
  toolbar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  grow: { flexGrow: 1 },
  board: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    overflowX: 'auto',
    paddingBottom: tokens.spacingVerticalS,
  },
});

export function BoardPage() {
  const styles = useStyles();
  const { t } = useI18n();
  const errorText = useErrorText();
  const { me, space } = useSpace();
  const { nameOf } = useMembers();
  const [pipelineId, setPipelineId] = useState<string | undefined>();
  const [filters, setFilters] = useState<Set<QuickFilter>>(new Set());
  const [closing, setClosing] = useState<Move | undefined>();
  const [creating, setCreating] = useState(false);
  const [pendingIds, setPendingIds] = useState<Set<string>>(new Set());

  const pipelines = useQuery({
    queryKey: pipelinesKey(space?.id ?? ''),
    queryFn: ({ signal }) => listPipelines(space!.id, signal),
    enabled: Boolean(space),
  });
  const pipeline =
    pipelines.data?.find((p) => p.id === pipelineId) ??
    pipelines.data?.find((p) => p.isDefault) ??
    pipelines.data?.[0];
  const board = useQuery({
    queryKey: boardKey(pipeline?.id ?? ''),
    queryFn: ({ signal }) => getBoard(pipeline!.id, signal),
    enabled: Boolean(pipeline),
    refetchOnMount: 'always',
  });
  const move = useMoveOpportunity(pipeline?.id ?? '');
  const loadMore = useColumnPaging(pipeline?.id ?? '');

  const visible = useMemo(() => {
    const month = new Date().toISOString().slice(0, 7);
    const staleBefore = new Date(Date.now() - STALE_DAYS * 86_400_000).toISOString();
    return (opportunity: OpportunityListItem) =>
      (!filters.has('mine') || opportunity.ownerId === me.id) &&
      (!filters.has('closingThisMonth') ||
        opportunity.expectedCloseDate?.startsWith(month) === true) &&
      (!filters.has('stale') || opportunity.updatedAt < staleBefore);
  }, [filters, me.id]);

  const run = (m: Move) => {
    setPendingIds((p) => new Set(p).add(m.opportunity.id));
    move.mutate(m, {
      onSettled: () =>
        setPendingIds((p) => {
          const next = new Set(p);
          next.delete(m.opportunity.id);
          return next;
        }),
      onSuccess: () => setClosing(undefined),
    });
  };
  const requestMove = (opportunity: OpportunityListItem, to: Stage) => {
    if (opportunity.stageId === to.id || opportunity.locked) return;
    if (to.kind === 'open') run({ opportunity, to });
    else setClosing({ opportunity, to });
  };
  const dropOpportunity = (opportunityId: string, to: Stage) => {
    const opportunity = board.data?.columns
      .flatMap((c) => c.opportunities)
      .find((d) => d.id === opportunityId);
    if (opportunity) requestMove(opportunity, to);
  };
  const toggleFilter = (f: QuickFilter) =>
    setFilters((s) => {
      const next = new Set(s);
      if (next.has(f)) next.delete(f);
      else next.add(f);
      return next;
    });

  const loading = pipelines.isPending || (pipeline && board.isPending);
  const error = pipelines.error ?? board.error;

  return (
    <div className={styles.page}>
      <div className={styles.toolbar}>
        <Title3 as="h1">{t('opportunities.title')}</Title3>
        {pipelines.data && pipelines.data.length > 1 && (
          <Select
            aria-label={t('opportunities.pipeline')}
            value={pipeline?.id}
            onChange={(_, d) => setPipelineId(d.value)}
          >
            {pipelines.data.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        )}
        {(['mine', 'closingThisMonth', 'stale'] as const).map((f) => (
          <ToggleButton
            key={f}
            size="small"
            shape="circular"
            checked={filters.has(f)}
            onClick={() => toggleFilter(f)}
          >
            {t(`opportunities.filter.${f}`)}
          </ToggleButton>
        ))}
        <div className={styles.grow} />
        <Button icon={<ListRegular />} onClick={() => navigate('/opportunities/list')}>
          {t('opportunities.list')}
        </Button>
        <Button
          appearance="primary"
          icon={<AddRegular />}
          disabled={!pipeline}
          onClick={() => setCreating(true)}
        >
          {t('opportunities.new')}
        </Button>
      </div>
      {move.error && !closing && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>
            {t('opportunities.moveFailed', { detail: errorText(move.error) })}
          </MessageBarBody>
        </MessageBar>
      )}
      {loading ? (
        <PageSkeleton rows={4} />
      ) : error ? (
        <ErrorState
          error={error}
          onRetry={() => void (pipelines.error ? pipelines.refetch() : board.refetch())}
        />
      ) : !pipeline || !board.data ? (
        <EmptyState title={t('opportunities.noPipeline')} />
      ) : (
        <div className={styles.board} data-testid="board" data-ready="true">
          {board.data.columns.map((column) => {
            const stage = column.stage;
            return (
              <BoardColumnView
                key={stage.id}
                stage={stage}
                stages={board.data.pipeline.stages}
                figures={column.figures}
                opportunities={column.opportunities.filter(visible)}
                hasMore={column.continuation !== undefined}
                onNearEnd={() => loadMore(column)}
                currency={space?.defaultCurrency ?? 'EUR'}
                pendingIds={pendingIds}
                ownerName={(id) => nameOf(id)}
                onMove={requestMove}
                onDropOpportunity={dropOpportunity}
              />
            );
          })}
        </div>
      )}
      <ReasonDialog
        open={closing !== undefined}
        title={
          closing?.to.kind === 'lost' ? t('opportunities.lostTitle') : t('opportunities.wonTitle')
        }
        label={t('opportunities.reason')}
        busy={move.isPending}
        error={move.error}
        onCancel={() => {
          setClosing(undefined);
          move.reset();
        }}
        onConfirm={(reason) => closing && run({ ...closing, reason })}
      />
      {pipeline && (
        <NewOpportunityDialog
          open={creating}
          pipeline={pipeline}
          onClose={() => setCreating(false)}
        />
      )}
    </div>
  );
}
