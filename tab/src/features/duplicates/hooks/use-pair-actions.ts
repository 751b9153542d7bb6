import type { KeyedRecordType } from '@channel-crm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { dismissDuplicate } from '../api/duplicates-api';
import { DUPLICATE_RECORD_TYPES } from '../record-types';

/**
 * Merge and "Not a duplicate" on the pairs of one record type; either way the pairs and that
 * type's lists load again, so a pair that is done leaves the page.
 */
export function usePairActions(type: KeyedRecordType) {
  const queryClient = useQueryClient();
  const { merge, path } = DUPLICATE_RECORD_TYPES[type];
  const reload = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['duplicates'] }),
      queryClient.invalidateQueries({ queryKey: [path.slice(1)] }),
    ]);
  const merging = useMutation({
    mutationFn: merge,
    onSuccess: reload,
  });
  const dismissing = useMutation({ mutationFn: dismissDuplicate, onSuccess: reload });
  return { merging, dismissing };
}
