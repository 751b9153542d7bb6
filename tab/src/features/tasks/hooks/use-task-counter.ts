import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { countersKey, fetchCounters, tasksKey } from '../api/tasks-api';

const MINUTE = 60_000;

/**
 * Overdue plus due-today tasks of mine, for the navigation's Tasks entry. Any successful
 * change anywhere in the tab (a task completed on a record page, a deal won that planned
 * post-sale tasks) may move the counts, so each one marks every tasks query stale; the bot and
 * the clock move them too, hence the gentle poll and the refresh when the tab regains focus.
 */
export function useTaskCount(): number | undefined {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      queryClient.getMutationCache().subscribe((event) => {
        if (event.type === 'updated' && event.action.type === 'success')
          void queryClient.invalidateQueries({ queryKey: tasksKey });
      }),
    [queryClient],
  );
  const counters = useQuery({
    queryKey: countersKey,
    queryFn: ({ signal }) => fetchCounters(signal),
    refetchInterval: MINUTE,
    refetchOnWindowFocus: true,
    staleTime: MINUTE,
  });
  return counters.data ? counters.data.overdue + counters.data.dueToday : undefined;
}
