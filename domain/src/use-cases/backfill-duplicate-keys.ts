import type { Space } from '../model/space';
import { holderOf, recordDuplicateKeys, type KeyedRecord } from '../rules/record-duplicate-keys';
import type { CrmRecord, CrmStore, DuplicateKeysWrite } from '../store/ports';
import { migrationAddress, migrationTick } from './paged-migration';

/** Records one tick of the backfill keys: a page small enough for a timer's run. */
export const KEY_BACKFILL_PAGE = 50;

/** Where the backfill keeps its place. */
export const keyBackfillAddress = migrationAddress('duplicate-keys');

export type KeyBackfillTick = { done: boolean; keyed: number };

/**
 * One tick of the migration that gives duplicate keys to the leads, contacts and accounts
 * stored before records carried them (`migrationTick`): each record of the page is keyed in
 * one batch with its key documents, which add it once however often it runs. Answers whether
 * the backfill is done and how many records this tick keyed.
 */
export async function backfillDuplicateKeys(
  store: CrmStore,
  pageSize = KEY_BACKFILL_PAGE,
): Promise<KeyBackfillTick> {
  const spaces = new Map<string, Promise<Space | undefined>>();
  const countryIn = (tenantId: string, spaceId: string | undefined) => {
    if (!spaceId) return Promise.resolve(undefined);
    const key = `${tenantId}/${spaceId}`;
    if (!spaces.has(key)) spaces.set(key, store.spaces.get(tenantId, spaceId));
    return spaces.get(key)!.then((space) => space?.defaultCountry);
  };
  const keysOf = async (stored: CrmRecord): Promise<DuplicateKeysWrite> => {
    // The page holds leads, contacts and accounts only.
    const record = stored as KeyedRecord;
    // A merged lead's tombstone keeps no personal data, hence no keys (as the merge left it).
    if (record.type === 'lead' && record.mergedInto !== undefined) {
      return { holder: holderOf(record), keys: [] };
    }
    const spaceId = record.type === 'lead' ? record.spaceId : record.spaceIds[0];
    const country = record.phone ? await countryIn(record.tenantId, spaceId) : undefined;
    return { holder: holderOf(record), keys: recordDuplicateKeys(record, country) };
  };
  const { done, changed } = await migrationTick(
    store,
    {
      address: keyBackfillAddress,
      totalField: 'keyed',
      page: (afterId, limit) => store.duplicateKeys.unkeyed(afterId, limit),
      apply: (record) => store.duplicateKeys.backfill(record, keysOf),
    },
    pageSize,
  );
  return { done, keyed: changed };
}
