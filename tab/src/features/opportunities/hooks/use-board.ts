import type { Board } from '@channel-crm/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { boardKey, getBoard } from '../api/opportunities-api';

/**
 * A pipeline's board: fetched once per visit, then changed in place by moves and paging.
 * The data is read straight from the query cache, whose listeners run synchronously, because
 * useQuery hands changes to React a timer later: an optimistic move would miss its frame.
 */
export function useBoard(pipelineId: string | undefined) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: boardKey(pipelineId ?? ''),
    queryFn: ({ signal }) => getBoard(pipelineId!, signal),
    enabled: pipelineId !== undefined,
    refetchOnMount: 'always',
  });
  const subscribe = useCallback(
    (onChange: () => void) =>
      queryClient.getQueryCache().subscribe((event) => {
        const [kind, id] = event.query.queryKey;
        if (kind === 'board' && id === pipelineId) onChange();
      }),
    [pipelineId, queryClient],
  );
  const data = useSyncExternalStore(subscribe, () =>
    pipelineId === undefined ? undefined : queryClient.getQueryData<Board>(boardKey(pipelineId)),
  );
  return { query, data };
}
