import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  notificationsKey,
  setMuted,
  type MutableRecordType,
  type NotificationSettings,
} from '../api/notifications-api';

type MuteChange = { type: MutableRecordType; id: string; muted: boolean };

/**
 * Mutes or unmutes a record: the cached settings change at once, then are read again for the
 * muted records' names.
 */
export function useSetMuted() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ type, id, muted }: MuteChange) => setMuted(type, id, muted),
    onSuccess: (answer) => {
      queryClient.setQueryData<NotificationSettings>(notificationsKey, (current) => {
        if (!current) return current;
        const others = current.mutedRecordIds.filter((r) => r !== answer.recordId);
        return {
          ...current,
          mutedRecordIds: answer.muted ? [...others, answer.recordId] : others,
          mutedRecords: current.mutedRecords.filter((r) => r.id !== answer.recordId),
        };
      });
      // Not awaited: the caller's own onSuccess (focus after a row goes) runs at once.
      void queryClient.invalidateQueries({ queryKey: notificationsKey });
    },
  });
}
