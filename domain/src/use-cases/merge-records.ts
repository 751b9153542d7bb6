import type { DomainEventType } from '../events';
import type { Account } from '../model/account';
import type { Contact } from '../model/contact';
import type { Lead } from '../model/lead';
import type { FieldChange } from '../model/timeline';
import { domainEvent, nextVersion } from '../rules/changes';
import { derivedId } from '../rules/deterministic-id';
import { guardEdit } from '../rules/permissions';
import { holderOf, recordDuplicateKeys } from '../rules/record-duplicate-keys';
import { notFound, ok, stale, type Result } from '../result';
import type { CrmRecord, ListQuery, RecordRepository } from '../store/ports';
import { activityRecordOf } from './activity-access';
import type { UseCaseContext } from './context';
import { countryOf } from './find-duplicates';

export type MergeableRecord = Lead | Contact | Account;

/** What a pure merge rule decides: the survivor, the tombstone and the survivor's field changes. */
export type MergePlan<T> = { survivor: T; tombstone: T; changes: FieldChange[] };

export type MergeSpec<T extends MergeableRecord> = {
  type: T['type'];
  repository: RecordRepository<T>;
  event: DomainEventType;
  plan: (survivor: T, merged: T) => Result<MergePlan<T>>;
  /** Points the records that link to the merged one at the survivor (none: nothing to move). */
  moveLinks?: (ctx: UseCaseContext, mergedId: string, survivor: T) => Promise<Result<unknown>>;
};

/** A record as stored, tombstone or not, if the actor may change it. */
async function storedEditable<T extends MergeableRecord>(
  ctx: UseCaseContext,
  spec: MergeSpec<T>,
  id: string,
): Promise<Result<T>> {
  const record = await spec.repository.get(ctx.actor.tenantId, id);
  if (!record) return notFound(spec.type, id);
  return guardEdit(ctx.actor, record) ?? ok(record);
}

/**
 * Moves what hangs off the merged record to the survivor: its timeline entries and activities,
 * then the records linking to it. Each move is an upsert of the same entry or a rewrite that
 * drops the record from what is still to move, so a merge interrupted here and run again
 * completes.
 */
async function moveToSurvivor<T extends MergeableRecord>(
  ctx: UseCaseContext,
  spec: MergeSpec<T>,
  mergedId: string,
  survivor: T,
): Promise<Result<T>> {
  const { tenantId } = ctx.actor;
  const entries = await ctx.store.timeline.listAllForRecord(tenantId, mergedId);
  await Promise.all(
    entries.map((entry) => ctx.store.timeline.put({ ...entry, recordId: survivor.id })),
  );
  const record = activityRecordOf(survivor);
  await ctx.store.activities.rewriteForRecord(tenantId, mergedId, (activity) => ({
    ...activity,
    record: { ...activity.record, ...record },
  }));
  const moved = spec.moveLinks ? await spec.moveLinks(ctx, mergedId, survivor) : ok(undefined);
  return moved.ok ? ok(survivor) : moved;
}

/**
 * Merges one record into another of its type in one resumable operation: one batch writes the
 * survivor with the values chosen, an event carrying the field changes and the survivor's
 * duplicate keys, and the merged record as a tombstone without keys that redirects to the
 * survivor (deep links and cards keep working); then the merged record's timeline, activities
 * and links move to the survivor. The batch's commit id derives from the pair, so running an
 * interrupted merge again completes it. The actor must be allowed to edit both.
 */
export async function mergeRecords<T extends MergeableRecord>(
  ctx: UseCaseContext,
  spec: MergeSpec<T>,
  survivorId: string,
  mergedId: string,
  expectedVersion?: number,
): Promise<Result<T>> {
  const survivorRead = await storedEditable(ctx, spec, survivorId);
  if (!survivorRead.ok) return survivorRead;
  const mergedRead = await storedEditable(ctx, spec, mergedId);
  if (!mergedRead.ok) return mergedRead;
  const survivor = survivorRead.value;
  const merged = mergedRead.value;
  if (merged.mergedInto === survivor.id) return moveToSurvivor(ctx, spec, merged.id, survivor);
  if (expectedVersion !== undefined && expectedVersion !== survivor.version) {
    return stale(survivor.version);
  }
  const plan = spec.plan(survivor, merged);
  if (!plan.ok) return plan;
  const next = nextVersion(ctx, plan.value.survivor);
  const tombstone = nextVersion(ctx, plan.value.tombstone);
  const keys = recordDuplicateKeys(next, await countryOf(ctx, next));
  const written = await ctx.store.commitBatch(
    ctx.actor.tenantId,
    [
      {
        doc: next,
        events: [
          domainEvent(ctx, next, spec.event, {
            changes: plan.value.changes,
            data: { mergedId: merged.id, mergedTitle: activityRecordOf(merged).title },
          }),
        ],
        expectedVersion: survivor.version,
        duplicateKeys: { holder: holderOf(next), keys },
      },
      {
        doc: tombstone,
        events: [],
        expectedVersion: merged.version,
        duplicateKeys: { holder: holderOf(tombstone), keys: [] },
      },
    ],
    derivedId(`${merged.id}/${survivor.id}`, 'merge'),
  );
  if (!written.ok) return written;
  // The batch wrote `next` as this repository's type.
  return moveToSurvivor(ctx, spec, merged.id, written.value[0] as T);
}

/** How many linking records one batch rewrites: well inside a batch's 100 operations. */
const LINKS_PER_BATCH = 40;

/**
 * Rewrites, a page at a time, the records `query` finds (every record of the tenant, whoever
 * may see it) until it finds none: each rewrite makes the record drop out of the query, so a
 * run interrupted between pages resumes where it stopped. A page that finds only records this
 * run already rewrote ends it (they were linked again meanwhile), so it always ends.
 */
export async function rewriteLinking<T extends CrmRecord>(
  ctx: UseCaseContext,
  repository: RecordRepository<T>,
  query: Omit<ListQuery, 'scope'>,
  change: (record: T) => T,
  commitId: string,
): Promise<Result<number>> {
  const { tenantId, userId } = ctx.actor;
  const rewritten = new Set<string>();
  for (;;) {
    const page = await repository.list(
      tenantId,
      { ...query, scope: { viewerId: userId } },
      { limit: LINKS_PER_BATCH },
    );
    const pending = page.items.filter((record) => !rewritten.has(record.id));
    if (pending.length === 0) return ok(rewritten.size);
    const written = await ctx.store.commitBatch(
      tenantId,
      pending.map((record) => ({
        doc: nextVersion(ctx, change(record)),
        events: [],
        expectedVersion: record.version,
      })),
      commitId,
    );
    if (!written.ok) return written;
    for (const record of pending) rewritten.add(record.id);
  }
}
