import type { KeyedRecordType, PossibleDuplicate } from '../model/duplicates';
import { domainEvent } from '../rules/changes';
import { canView } from '../rules/permissions';
import { recordDuplicateKeys, type KeyedRecord } from '../rules/record-duplicate-keys';
import type { UseCaseContext } from './context';
import { dismissedPairAddress } from './dismissed-duplicate-pairs';

/** The records sharing a key with a new or changed one: those the actor may see, and the rest. */
export type Duplicates = { visible: KeyedRecord[]; hidden: KeyedRecord[] };

/**
 * Finds the records of a type that carry any of the keys: one bulk of point reads of the key
 * documents, one of the records they list. `selfId` (the record being changed) is left out, and
 * so are the records a user found not to be its duplicates (read in the records' bulk).
 */
export async function findDuplicates(
  ctx: UseCaseContext,
  recordType: KeyedRecordType,
  keys: string[],
  selfId?: string,
): Promise<Duplicates> {
  if (keys.length === 0) return { visible: [], hidden: [] };
  const { tenantId } = ctx.actor;
  const found = await ctx.store.duplicateKeys.holdersOf(tenantId, keys);
  const ids = [
    ...new Set(
      found.flatMap(({ holders }) =>
        holders.filter((h) => h.recordType === recordType && h.id !== selfId).map((h) => h.id),
      ),
    ),
  ];
  if (ids.length === 0) return { visible: [], hidden: [] };
  const dismissals =
    selfId === undefined
      ? []
      : ids.map((id) => dismissedPairAddress(tenantId, recordType, selfId, id));
  const candidates = await ctx.store.duplicateKeys.candidates(
    tenantId,
    recordType,
    ids,
    dismissals,
  );
  const dismissed = new Set(ids.filter((_, index) => candidates.dismissed[index]));
  const records = candidates.records as KeyedRecord[];
  const live = records.filter((r) => r.anonymizedAt === undefined && !dismissed.has(r.id));
  return {
    visible: live.filter((r) => canView(ctx.actor, r)),
    hidden: live.filter((r) => !canView(ctx.actor, r)),
  };
}

export const hasDuplicates = (found: Duplicates) =>
  found.visible.length > 0 || found.hidden.length > 0;

/** How a record written with these duplicates is marked; undefined when it has none. */
export const possibleDuplicateOf = (found: Duplicates): PossibleDuplicate | undefined =>
  hasDuplicates(found)
    ? { ids: found.visible.slice(0, 20).map((r) => r.id), hidden: found.hidden.length }
    : undefined;

/**
 * Tells the owners of the matches the actor may not see: an event in each match's outbox (an
 * internal write, its version does not move), which the notifier delivers like any other.
 */
export async function tellHiddenOwners(
  ctx: UseCaseContext,
  found: Duplicates,
  written: KeyedRecord,
): Promise<void> {
  for (const match of found.hidden) {
    const event = domainEvent(ctx, match, 'record.duplicate_detected', {
      data: { duplicateId: written.id, duplicateType: written.type },
    });
    await ctx.store.outbox.append(ctx.actor.tenantId, match.id, [event]);
  }
}

/** The fields whose change can change a record's duplicate keys. */
export const KEYED_FIELDS: ReadonlySet<string> = new Set([
  'firstName',
  'lastName',
  'company',
  'name',
  'email',
  'phone',
  'website',
  'spaceId',
]);

/**
 * The default country of the space a record is read in (a lead's, else its first space's); only
 * a phone number needs it, so a record without one costs no read.
 */
export async function countryOf(
  ctx: UseCaseContext,
  record: KeyedRecord,
): Promise<string | undefined> {
  const spaceId = record.type === 'lead' ? record.spaceId : record.spaceIds[0];
  if (!spaceId || !record.phone) return undefined;
  return (await ctx.store.spaces.get(ctx.actor.tenantId, spaceId))?.defaultCountry;
}

/**
 * A record about to be written with changed keyed fields: its keys, marked with the duplicates
 * they find (flagged whatever the policy: an edit is never refused or merged away). `country`
 * is the default country when the caller already knows it.
 */
export async function flaggedWithKeys<T extends KeyedRecord>(
  ctx: UseCaseContext,
  record: T,
  country?: { defaultCountry: string | undefined },
): Promise<{ record: T; keys: string[]; found: Duplicates }> {
  const defaultCountry = country ? country.defaultCountry : await countryOf(ctx, record);
  const keys = recordDuplicateKeys(record, defaultCountry);
  const found = await findDuplicates(ctx, record.type, keys, record.id);
  const possibleDuplicate = possibleDuplicateOf(found);
  const { possibleDuplicate: _before, ...rest } = record;
  const marked = (possibleDuplicate ? { ...rest, possibleDuplicate } : rest) as T;
  return { record: marked, keys, found };
}
