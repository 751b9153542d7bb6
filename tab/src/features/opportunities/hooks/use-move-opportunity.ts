import type { Board, Opportunity, OpportunityListItem, Stage } from '@channel-crm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { isApiError } from '../../../shell/api-error';
import { recordKey } from '../../records/api/records-api';
import { findCard, moveOnBoard, replaceOnBoard, undoMove } from '../api/board-cache';
import { boardKey, closeOpportunity, getOpportunity, moveStage } from '../api/opportunities-api';

export type Move = { opportunity: Opportunity; to: Stage; reason?: string };

/** A move on its way to the server, with where its card was to put it back on a refusal. */
type SentMove = Move & { before?: { card: OpportunityListItem; index: number } };

/**
 * Moves the card at once (optimistic, in the same task as the drop, so in the same frame),
 * then asks the server. Its answer replaces that one card (new version); a refusal puts the
 * card back where it was, and after a 412 the card is read again so the next try can succeed.
 * The board itself is never fetched again. Won/lost stages go through the close action.
 */
export function useMoveOpportunity(pipelineId: string) {
  const queryClient = useQueryClient();
  const updateBoard = useCallback(
    (change: (board: Board) => Board) => {
      const board = queryClient.getQueryData<Board>(boardKey(pipelineId));
      if (board) queryClient.setQueryData(boardKey(pipelineId), change(board));
    },
    [pipelineId, queryClient],
  );
  const keep = useCallback(
    (saved: Opportunity) => {
      updateBoard((board) => replaceOnBoard(board, saved));
      queryClient.setQueryData(recordKey('opportunity', saved.id), saved);
    },
    [queryClient, updateBoard],
  );
  const mutation = useMutation({
    mutationFn: ({ opportunity, to, reason }: SentMove) =>
      to.kind === 'open'
        ? moveStage(opportunity, to.id)
        : closeOpportunity(opportunity, to.kind, reason ?? '', to.id),
    onError: (error, { opportunity, before }) => {
      if (before) updateBoard((board) => undoMove(board, before.card, before.index));
      if (isApiError(error) && error.kind === 'stale')
        void getOpportunity(opportunity.id)
          .then(keep)
          .catch(() => undefined);
    },
    onSuccess: keep,
  });
  const { mutate } = mutation;
  const move = useCallback(
    (m: Move, options?: Parameters<typeof mutate>[1]) => {
      const board = queryClient.getQueryData<Board>(boardKey(pipelineId));
      const found = board && findCard(board, m.opportunity.id);
      // A board fetch still under way would land on top of the moved card.
      void queryClient.cancelQueries({ queryKey: boardKey(pipelineId) });
      updateBoard((b) => moveOnBoard(b, m.opportunity.id, m.to));
      mutate(found ? { ...m, before: { card: found.card, index: found.index } } : m, options);
    },
    [mutate, pipelineId, queryClient, updateBoard],
  );
  return { move, error: mutation.error, isPending: mutation.isPending, reset: mutation.reset };
}
