import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import type { Page } from '@channel-crm/domain/contracts';
import { useSpace } from '../../../shell/SpaceContext';

/** What a list asks the server for: the space it works in and the search text. */
export type ListSearch = { spaceId: string; text: string };

/** Where one record type's list comes from; the key's first element names the type. */
export type RecordSource<T> = {
  key: (search: ListSearch) => QueryKey;
  load: (search: ListSearch, continuation?: string, signal?: AbortSignal) => Promise<Page<T>>;
  /** The server's CSV export of the whole list: its name and the list's filters. */
  exportFrom?: (search: ListSearch) => {
    list: 'leads' | 'contacts' | 'accounts' | 'opportunities';
    query: Record<string, string | number | boolean | undefined>;
  };
};

/** Search text, the pages loaded so far and the selected row ids of one record list. */
export function useRecordList<T>(source: RecordSource<T>) {
  const { space } = useSpace();
  const [text, setText] = useState('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const search: ListSearch = { spaceId: space?.id ?? '', text: useDeferredValue(text.trim()) };
  const list = useInfiniteQuery({
    queryKey: source.key(search),
    queryFn: ({ pageParam, signal }) => source.load(search, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.continuation,
    enabled: Boolean(space),
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return {
    list,
    rows,
    search,
    text,
    setText,
    selected,
    setSelected,
    waiting: list.isPending && !!space,
  };
}
