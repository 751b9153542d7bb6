import type { Space } from '../model/space';
import { holderOf, recordDuplicateKeys, type KeyedRecord } from '../rules/record-duplicate-keys';
import type { CrmRecord, CrmStore, DuplicateKeysWrite, KeyedDocumentAddress } from '../store/ports';

/** Records one tick of the backfill keys: a page small enough for a timer's run. */
export const KEY_BACKFILL_PAGE = 50;

/** Where the backfill keeps its place: a partition of its own, beside no tenant's data. */
export const keyBackfillAddress: KeyedDocumentAddress = {
  kind: 'migration',
  tenantId: '@migrations',
  ownerId: 'duplicate-keys',
  key: 'backfill',
};

/** The backfill's place: the last record id it passed, and whether it reached the end. */
export type KeyBackfillProgress = { afterId?: string; done: boolean; keyed: number };

export type KeyBackfillTick = { done: boolean; keyed: number };

const progressOf = (stored: Record<string, unknown> | undefined): KeyBackfillProgress =>
  stored
    ? {
        ...(typeof stored.afterId === 'string' ? { afterId: stored.afterId } : {}),
        done: stored.done === true,
        keyed: typeof stored.keyed === 'number' ? stored.keyed : 0,
      }
    : { done: false, keyed: 0 };

/**
 * One tick of the migration that gives duplicate keys to the leads, contacts and accounts
 * stored before records carried them: one page of them after the place kept in its progress
 * document, each keyed in one batch with its key documents (which add it once however often
 * it runs), then the place moves on. A crash or restart continues from the place; a tick that
 * finds the place moved by another runner leaves it. Answers whether the backfill is done and
 * how many records this tick keyed.
 */
export async function backfillDuplicateKeys(
  store: CrmStore,
  pageSize = KEY_BACKFILL_PAGE,
): Promise<KeyBackfillTick> {
  const start = progressOf(await store.keyedDocuments.get(keyBackfillAddress));
  if (start.done) return { done: true, keyed: 0 };
  const page = await store.duplicateKeys.unkeyed(start.afterId, pageSize);
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
  let keyed = 0;
  for (const address of page) {
    if (await store.duplicateKeys.backfill(address, keysOf)) keyed += 1;
  }
  const done = page.length < pageSize;
  const afterId = page.at(-1)?.id ?? start.afterId;
  const next: KeyBackfillProgress = {
    ...(afterId === undefined ? {} : { afterId }),
    done,
    keyed: start.keyed + keyed,
  };
  await store.keyedDocuments.change(keyBackfillAddress, (stored) =>
    progressOf(stored).afterId === start.afterId
      ? { next, answer: undefined }
      : { answer: undefined },
  );
  return { done, keyed };
}
