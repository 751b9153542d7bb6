import type { RecordType } from '@channel-crm/domain';
import { useQuery } from '@tanstack/react-query';
import { recordKey } from '../api/records-api';
import { useRecordSave, type Changes } from './use-record-save';
import { useRecordView } from './use-record-view';

/**
 * The record a record page shows: loaded by id, saved with If-Match (see useRecordSave), and
 * noted among the user's recently viewed records once loaded (a merged id: its survivor).
 */
export function useRecord<T extends { id: string; version: number }>(
  type: RecordType,
  id: string,
  {
    get,
    update,
    refetchOnMount,
  }: {
    get: (id: string, signal?: AbortSignal) => Promise<T>;
    update: (id: string, changes: Changes, version: number) => Promise<T>;
    /** 'always': load again on every visit, not only once the cached record is stale. */
    refetchOnMount?: 'always';
  },
) {
  const query = useQuery({
    queryKey: recordKey(type, id),
    queryFn: ({ signal }) => get(id, signal),
    ...(refetchOnMount ? { refetchOnMount } : {}),
  });
  const saver = useRecordSave<T>(
    type,
    id,
    (changes, version) => update(id, changes, version),
    () => get(id),
  );
  useRecordView(type, query.data?.id);
  return { query, saver };
}
