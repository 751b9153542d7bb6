import type { Container } from '@azure/cosmos';
import { keyChangeOperations } from './duplicate-key-documents';
import { backfillGuarded, backfillPage } from './guarded-backfill';
import type { CrmRecord, DuplicateKeysWrite, RecordAddress } from './ports';
import { unkeyedRecordsQuery } from './query-catalog';
import { readable } from './record-repository';

/**
 * Leads, contacts and accounts of every tenant stored before they carried duplicate keys, in
 * id order after `afterId`: at most `limit` of them (the backfill's page).
 */
export const unkeyedRecords = (container: Container, afterId: string | undefined, limit: number) =>
  backfillPage(container, unkeyedRecordsQuery(afterId ?? '', limit), limit);

/**
 * Gives one record the keys `keysOf` makes of it, on the record and in its key documents, in
 * one guarded batch. A record that already has keys (a run that stopped after this batch) or
 * is gone is left as it is: answers whether it wrote.
 */
export function backfillRecordKeys(
  container: Container,
  record: RecordAddress,
  keysOf: (record: CrmRecord) => Promise<DuplicateKeysWrite>,
) {
  return backfillGuarded(container, record, 'Backfilling the keys', async (document) => {
    if (document.duplicateKeys !== undefined) return;
    const { holder, keys } = await keysOf(readable<CrmRecord>(document));
    return {
      fields: { duplicateKeys: keys },
      alongside: await keyChangeOperations(container, record.tenantId, [
        { holder, added: keys, removed: [] },
      ]),
    };
  });
}
