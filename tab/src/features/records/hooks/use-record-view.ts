import type { RecordType } from '@channel-crm/domain';
import { useEffect } from 'react';
import { noteRecordView } from '../api/records-api';

/**
 * Once a record page has its record, notes the view for the user's recently viewed records,
 * in the background. The page never waits for it, and a failed call loses only that entry of
 * the list, so it is not shown as an error.
 */
export function useRecordView(type: RecordType, loadedId: string | undefined): void {
  useEffect(() => {
    if (loadedId) noteRecordView(type, loadedId).catch(() => undefined);
  }, [type, loadedId]);
}
