import { listAccounts } from '@channel-crm/domain/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call } from '../../../shell/api-client';
import type { PickerOptions } from '../components/SearchPicker';

/** Accounts the user may see (of `spaceId` and the global ones) whose name matches `text`. */
export function useAccountOptions(spaceId: string | undefined, text: string): PickerOptions {
  const query = useQuery({
    queryKey: ['accounts', 'search', spaceId, text],
    queryFn: ({ signal }) =>
      call(listAccounts, {
        query: { spaceId, text: text || undefined, sort: 'name', direction: 'asc', limit: 20 },
        signal,
      }),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  return {
    options: query.data?.items.map((a) => ({ id: a.id, label: a.name })),
    isError: query.isError,
  };
}
