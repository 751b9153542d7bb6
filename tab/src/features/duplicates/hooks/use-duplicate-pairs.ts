import { useInfiniteQuery } from '@tanstack/react-query';
import {
  duplicatePairsKey,
  listDuplicatePairs,
  type DuplicateListParams,
} from '../api/duplicates-api';

/** The pairs of one record type, page by page. */
export function useDuplicatePairs(params: DuplicateListParams) {
  const list = useInfiniteQuery({
    queryKey: duplicatePairsKey(params),
    queryFn: ({ pageParam, signal }) => listDuplicatePairs(params, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.continuation,
    // Flags change as records come in: the page shows them as they are when it opens.
    staleTime: 0,
  });
  return { list, pairs: list.data?.pages.flatMap((page) => page.items) ?? [] };
}
