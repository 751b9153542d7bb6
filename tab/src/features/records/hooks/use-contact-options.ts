import { personName } from '@channel-crm/domain';
import { listContacts } from '@channel-crm/domain/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call } from '../../../shell/api-client';
import type { PickerOptions } from '../components/SearchPicker';

/** Contacts of `spaceId` (and the global ones) whose name matches `text`, for a picker. */
export function useContactOptions(spaceId: string | undefined, text: string): PickerOptions {
  const query = useQuery({
    queryKey: ['contacts', 'search', spaceId, text],
    queryFn: ({ signal }) =>
      call(listContacts, {
        query: { spaceId, text: text || undefined, sort: 'name', direction: 'asc', limit: 20 },
        signal,
      }),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  return {
    options: query.data?.items.map((c) => ({ id: c.id, label: personName(c) })),
    isError: query.isError,
  };
}
