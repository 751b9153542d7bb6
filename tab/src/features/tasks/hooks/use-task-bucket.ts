import { useInfiniteQuery } from '@tanstack/react-query';
import type { TaskBucket } from '@channel-crm/domain';
import { fetchMyTasks, myTasksKey, type TaskFilter } from '../api/tasks-api';

/** One bucket of my tasks, a page at a time; `enabled: false` for the collapsed done bucket. */
export function useTaskBucket(bucket: TaskBucket, filter: TaskFilter, enabled = true) {
  const query = useInfiniteQuery({
    queryKey: myTasksKey(bucket, filter),
    queryFn: ({ pageParam, signal }) => fetchMyTasks(bucket, filter, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.continuation,
    enabled,
  });
  return { query, tasks: query.data?.pages.flatMap((page) => page.items) ?? [] };
}
