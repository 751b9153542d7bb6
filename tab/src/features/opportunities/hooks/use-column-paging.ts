import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { appendToColumn } from '../api/board-cache';
import type { Board, BoardColumn } from '@channel-crm/domain';
import { boardKey, listStage } from '../api/opportunities-api';

/** Loads a column's next page when its virtual list nears the end; one request at a time per column. */
export function useColumnPaging(pipelineId: string) {
  const queryClient = useQueryClient();
  const loading = useRef(new Set<string>());
  return useCallback(
    (column: BoardColumn) => {
      const { continuation, stage } = column;
      if (!continuation || loading.current.has(stage.id)) return;
      loading.current.add(stage.id);
      listStage(pipelineId, stage.id, continuation)
        .then((page) => {
          const board = queryClient.getQueryData<Board>(boardKey(pipelineId));
          if (board)
            queryClient.setQueryData(
              boardKey(pipelineId),
              appendToColumn(board, stage.id, page.items, page.continuation),
            );
        })
        .catch(() => undefined)
        .finally(() => loading.current.delete(stage.id));
    },
    [pipelineId, queryClient],
  );
}
