import type { RecordType } from '@channel-crm/domain';
import { useInfiniteQuery } from '@tanstack/react-query';
import { fetchRecordActivities, recordActivitiesKey } from '../api/activities-api';

/**
 * A record's activities: planned by due date (all, from the first page), done newest first,
 * a page more at each `loadMoreDone`. A new version of the record (a won deal's post-sale
 * tasks, a colleague's edit) reads them again.
 */
export function useRecordActivities(type: RecordType, id: string, version: number) {
  const query = useInfiniteQuery({
    queryKey: [...recordActivitiesKey(type, id), version],
    queryFn: ({ pageParam, signal }) => fetchRecordActivities(type, id, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.continuation,
  });
  const pages = query.data?.pages;
  return {
    query,
    planned: pages?.[0]?.planned ?? [],
    done: pages?.flatMap((page) => page.done) ?? [],
    loadMoreDone: query.hasNextPage ? () => void query.fetchNextPage() : undefined,
  };
}
