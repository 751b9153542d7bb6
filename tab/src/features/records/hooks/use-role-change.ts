import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../shell/api-error';
import {
  getRoleRecord,
  recordKey,
  timelineKey,
  type RoleRecord,
  type RoleRecordType,
} from '../api/records-api';

/**
 * A change of roles (follow, contact, participant, subscriber) on the record as shown. Roles
 * are no field anyone edits, so a stale version is simply refreshed and the change retried.
 */
export function useRoleChange(type: RoleRecordType, id: string, version: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (send: (version: number) => Promise<RoleRecord>) => {
      try {
        return await send(version);
      } catch (error) {
        if (!isApiError(error) || error.kind !== 'stale') throw error;
        const latest = await getRoleRecord(type, id);
        return send(latest.version);
      }
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(recordKey(type, id), saved);
      void queryClient.invalidateQueries({ queryKey: timelineKey(type, id) });
    },
  });
}
