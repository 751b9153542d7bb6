import type { Opportunity, Stage } from '@channel-crm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../shell/api-error';
import { recordKey } from '../../records/api/records-api';
import { moveOnBoard, replaceOnBoard } from '../api/board-cache';
import type { Board } from '@channel-crm/domain';
import { boardKey, closeOpportunity, moveStage } from '../api/opportunities-api';

export type Move = { opportunity: Opportunity; to: Stage; reason?: string };

/**
 * Moves the card at once (optimistic), then asks the server; a refusal puts the board back
 * as it was. Won/lost stages go through the close action with the reason.
 */
export function useMoveOpportunity(pipelineId: string) {
  const queryClient = useQueryClient();
  const key = boardKey(pipelineId);
  return useMutation({
    mutationFn: ({ opportunity, to, reason }: Move) =>
      to.kind === 'open'
        ? moveStage(opportunity, to.id)
        : closeOpportunity(opportunity, to.kind, reason ?? '', to.id),
    onMutate: async ({ opportunity, to }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<Board>(key);
      if (before) queryClient.setQueryData(key, moveOnBoard(before, opportunity, to));
      return { before };
    },
    onError: (error, _move, context) => {
      if (context?.before) queryClient.setQueryData(key, context.before);
      // Someone changed the deal meanwhile: load what they did before the next try.
      if (isApiError(error) && error.kind === 'stale')
        void queryClient.invalidateQueries({ queryKey: key });
    },
    onSuccess: (saved) => {
      const board = queryClient.getQueryData<Board>(key);
      if (board) queryClient.setQueryData(key, replaceOnBoard(board, saved));
      queryClient.setQueryData(recordKey('opportunity', saved.id), saved);
    },
  });
}
