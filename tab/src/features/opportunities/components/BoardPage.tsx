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
import { useCallback, useMemo, useRef, useState } from 'react';
import { EmptyState } from '../../../shell/components/EmptyState';
import { ErrorState } from '../../../shell/components/ErrorState';
import { PageSkeleton } from '../../../shell/components/PageSkeleton';
import { ReasonDialog } from '../../../shell/components/ReasonDialog';
import { useErrorText } from '../../../shell/error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { navigate, useRoute } from '../../../shell/router';
import { useSpace } from '../../../shell/SpaceContext';
import { useMembers } from '../../users/hooks/use-members';
import { listPipelines, pipelinesKey } from '../api/opportunities-api';
import { findCard } from '../api/board-cache';
import { useBoard } from '../hooks/use-board';
import { useColumnPaging } from '../hooks/use-column-paging';
import { useMoveOpportunity, type Move } from '../hooks/use-move-opportunity';
import { BoardColumnView } from './BoardColumnView';
import { NewOpportunityDialog } from './NewOpportunityDialog';

type QuickFilter = 'mine' | 'closingThisMonth' | 'stale';

const STALE_DAYS = 30;
const NONE_PENDING: ReadonlySet<string> = new Set();

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
  const route = useRoute();
  // A channel tab pinned to one pipeline opens with it (`#/opportunities?pipeline=<id>`).
  const [pipelineId, setPipelineId] = useState(() => route.query.get('pipeline') ?? undefined);
  const [filters, setFilters] = useState<Set<QuickFilter>>(new Set());
  const [closing, setClosing] = useState<Move | undefined>();
  const [creating, setCreating] = useState(false);
  // Deals waiting for the server, by the stage their card now shows in.
  const [pending, setPending] = useState<ReadonlyMap<string, string>>(new Map());

  const pipelines = useQuery({
    queryKey: pipelinesKey(space?.id ?? ''),
    queryFn: ({ signal }) => listPipelines(space!.id, signal),
    enabled: Boolean(space),
  });
  const pipeline =
    pipelines.data?.find((p) => p.id === pipelineId) ??
    pipelines.data?.find((p) => p.isDefault) ??
    pipelines.data?.[0];
  const { query: board, data: boardData } = useBoard(pipeline?.id);
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

  const { move: sendMove } = move;
  const run = useCallback(
    (m: Move) => {
      setPending((p) => new Map(p).set(m.opportunity.id, m.to.id));
      sendMove(m, {
        onSettled: () =>
          setPending((p) => {
            const next = new Map(p);
            next.delete(m.opportunity.id);
            return next;
          }),
        onSuccess: () => setClosing(undefined),
      });
    },
    [sendMove],
  );
  const requestMove = useCallback(
    (opportunity: OpportunityListItem, to: Stage) => {
      if (opportunity.stageId === to.id || opportunity.locked) return;
      if (to.kind === 'open') run({ opportunity, to });
      else setClosing({ opportunity, to });
    },
    [run],
  );
  const latestBoard = useRef(boardData);
  latestBoard.current = boardData;
  const dropOpportunity = useCallback(
    (opportunityId: string, to: Stage) => {
      const found = latestBoard.current && findCard(latestBoard.current, opportunityId);
      if (found) requestMove(found.card, to);
    },
    [requestMove],
  );
  const pendingByStage = useMemo(() => {
    const byStage = new Map<string, Set<string>>();
    for (const [id, stageId] of pending)
      byStage.set(stageId, (byStage.get(stageId) ?? new Set()).add(id));
    return byStage;
  }, [pending]);
  const toggleFilter = (f: QuickFilter) =>
    setFilters((s) => {
      const next = new Set(s);
      if (next.has(f)) next.delete(f);
      else next.add(f);
      return next;
    });

  const loading = pipelines.isPending || (pipeline && !boardData && board.isPending);
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
      ) : !pipeline || !boardData ? (
        <EmptyState title={t('opportunities.noPipeline')} />
      ) : (
        <div className={styles.board} data-testid="board" data-ready="true">
          {boardData.columns.map((column) => (
            <BoardColumnView
              key={column.stage.id}
              column={column}
              stages={boardData.pipeline.stages}
              visible={visible}
              currency={space?.defaultCurrency ?? 'EUR'}
              pendingIds={pendingByStage.get(column.stage.id) ?? NONE_PENDING}
              ownerName={nameOf}
              onMove={requestMove}
              onDropOpportunity={dropOpportunity}
              onNearEnd={loadMore}
            />
          ))}
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
