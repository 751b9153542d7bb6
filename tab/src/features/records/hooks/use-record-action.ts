import type { RecordType } from '@channel-crm/domain';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { recordKey } from '../api/records-api';

/**
 * A change the record's page makes in one step (archive, disqualify, unlock, close…): it runs
 * on the record as shown, the returned record replaces it, and `invalidate` lists what else
 * shows it.
 */
export function useRecordAction<T>(
  type: RecordType,
  id: string,
  current: T | undefined,
  { invalidate, onDone }: { invalidate: QueryKey[]; onDone: () => void },
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (run: (record: T) => Promise<T>) => run(current!),
    onSuccess: (saved) => {
      queryClient.setQueryData(recordKey(type, id), saved);
      for (const queryKey of invalidate) void queryClient.invalidateQueries({ queryKey });
      onDone();
    },
  });
}
