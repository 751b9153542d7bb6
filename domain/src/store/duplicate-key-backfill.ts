import type { Container } from '@azure/cosmos';
import { MAX_CONFLICT_ATTEMPTS, pauseAfterConflict } from './conflict-retry';
import { keyChangeOperations } from './duplicate-key-documents';
import { readDocument } from './point-read';
import type { CrmRecord, DuplicateKeysWrite, RecordAddress } from './ports';
import { unkeyedRecordsQuery } from './query-catalog';
import { readable } from './record-repository';
import { asJson, type StoredDocument } from './stored-document';

/** Another writer moved the record or one of its key documents since they were read. */
const lostRace = (status: number) => status === 409 || status === 412;

/**
 * Leads, contacts and accounts of every tenant stored before they carried duplicate keys, in
 * id order after `afterId`: at most `limit` of them (the backfill's page, never a full scan
 * answered at once).
 */
export async function unkeyedRecords(
  container: Container,
  afterId: string | undefined,
  limit: number,
): Promise<RecordAddress[]> {
  const { resources } = await container.items
    .query<RecordAddress>(unkeyedRecordsQuery(afterId ?? '', limit), { maxItemCount: limit })
    .fetchNext();
  return resources.slice(0, limit);
}

/**
 * Gives one record the keys `keysOf` makes of it, on the record and in its key documents, in
 * one batch guarded by the `_etag`s just read; a writer in between makes it read again. A
 * record that already has keys (a run that stopped after this batch) or is gone is left as it
 * is: answers whether it wrote.
 */
export async function backfillRecordKeys(
  container: Container,
  { tenantId, id }: RecordAddress,
  keysOf: (record: CrmRecord) => Promise<DuplicateKeysWrite>,
): Promise<boolean> {
  for (let attempt = 1; attempt <= MAX_CONFLICT_ATTEMPTS; attempt += 1) {
    const before = await readDocument<StoredDocument>(container, tenantId, id);
    if (!before || before.duplicateKeys !== undefined) return false;
    const { holder, keys } = await keysOf(readable<CrmRecord>(before));
    const record = Object.fromEntries(
      Object.entries(before).filter(([field]) => !field.startsWith('_')),
    );
    const operations = [
      {
        operationType: 'Replace' as const,
        id,
        partitionKey: tenantId,
        ifMatch: before._etag,
        resourceBody: asJson({ ...record, duplicateKeys: keys }),
      },
      ...(await keyChangeOperations(container, tenantId, [{ holder, added: keys, removed: [] }])),
    ];
    const response = await container.items.batch(operations, tenantId);
    const answers = response.result ?? [];
    const failed = answers.find((a) => a.statusCode >= 400 && a.statusCode !== 424);
    if (!failed && answers.length === operations.length) return true;
    const status = failed?.statusCode ?? response.code ?? 500;
    if (!lostRace(status)) throw new Error(`Backfilling the keys of ${id} failed with ${status}`);
    await pauseAfterConflict(attempt);
  }
  throw new Error(`Backfilling the keys of ${id} kept conflicting`);
}
