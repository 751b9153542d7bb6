import type { ActivityView, RecordRef, UpdateActivityInput } from '@channel-crm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { recordKey } from '../../records/api/records-api';
import { changeActivity, markActivityDone, removeActivity } from '../api/activities-api';

/**
 * What the user does to one activity of a record. Each change refreshes the record (its next
 * activity), its activities and timeline, and the board its card is on.
 */
export function useActivityChange(record: RecordRef) {
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: recordKey(record.type, record.id) });
    if (record.type === 'opportunity') void queryClient.invalidateQueries({ queryKey: ['board'] });
  };
  return {
    refresh,
    complete: useMutation({ mutationFn: markActivityDone, onSuccess: refresh }),
    update: useMutation({
      mutationFn: ({ activity, body }: { activity: ActivityView; body: UpdateActivityInput }) =>
        changeActivity(activity, body),
      onSuccess: refresh,
    }),
    remove: useMutation({ mutationFn: removeActivity, onSuccess: refresh }),
  };
}
