import type { Board } from '@channel-crm/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { appendToColumn } from '../api/board-cache';
import { boardKey, listStage } from '../api/opportunities-api';

/**
 * Loads a column's next page (keyset, by its continuation) when its virtual list nears the
 * end; one request at a time per column. Stable for a pipeline, so columns stay memoised.
 */
export function useColumnPaging(pipelineId: string) {
  const queryClient = useQueryClient();
  const loading = useRef(new Set<string>());
  return useCallback(
    (stageId: string) => {
      const board = queryClient.getQueryData<Board>(boardKey(pipelineId));
      const continuation = board?.columns.find((c) => c.stage.id === stageId)?.continuation;
      if (!continuation || loading.current.has(stageId)) return;
      loading.current.add(stageId);
      listStage(pipelineId, stageId, continuation)
        .then((page) => {
          const current = queryClient.getQueryData<Board>(boardKey(pipelineId));
          if (current)
            queryClient.setQueryData(
              boardKey(pipelineId),
              appendToColumn(current, stageId, page.items, page.continuation),
            );
        })
        .catch(() => undefined)
        .finally(() => loading.current.delete(stageId));
    },
    [pipelineId, queryClient],
  );
}
