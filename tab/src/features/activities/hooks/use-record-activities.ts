import type { RecordType } from '@channel-crm/domain';
import { useQuery } from '@tanstack/react-query';
import { fetchRecordActivities, recordActivitiesKey } from '../api/activities-api';

/** A record's activities: planned by due date, done newest first. */
export function useRecordActivities(type: RecordType, id: string) {
  return useQuery({
    queryKey: recordActivitiesKey(type, id),
    queryFn: ({ signal }) => fetchRecordActivities(type, id, signal),
  });
}
