import { MergeLeadInput, type Lead } from '../model/lead';
import { domainEvent, nextVersion } from '../rules/changes';
import { derivedId } from '../rules/deterministic-id';
import { planLeadMerge } from '../rules/merge-leads';
import { guardEdit } from '../rules/permissions';
import { recordTitle } from '../rules/record-title';
import { holderOf } from '../rules/record-duplicate-keys';
import { notFound, ok, stale, type Result } from '../result';
import type { UseCaseContext } from './context';
import { countryOf } from './find-duplicates';
import { recordDuplicateKeys } from '../rules/record-duplicate-keys';

export { MergeLeadInput };

/** A lead as stored, tombstone or not, if the actor may change it. */
async function storedEditableLead(ctx: UseCaseContext, id: string): Promise<Result<Lead>> {
  const lead = await ctx.store.leads.get(ctx.actor.tenantId, id);
  if (!lead) return notFound('lead', id);
  return guardEdit(ctx.actor, lead) ?? ok(lead);
}

/**
 * Moves what hangs off the merged lead to the survivor: its timeline entries and activities.
 * Each move is an upsert of the same entry, so a merge interrupted here and run again completes.
 */
async function moveHistory(ctx: UseCaseContext, mergedId: string, survivor: Lead) {
  const { tenantId } = ctx.actor;
  const entries = await ctx.store.timeline.listAllForRecord(tenantId, mergedId);
  await Promise.all(
    entries.map((entry) => ctx.store.timeline.put({ ...entry, recordId: survivor.id })),
  );
  await ctx.store.activities.rewriteForRecord(tenantId, mergedId, (activity) => ({
    ...activity,
    record: { ...activity.record, recordId: survivor.id, title: recordTitle(survivor) },
  }));
}

/**
 * Merges one lead into another in one resumable operation: one batch writes the survivor with
 * the values chosen and both leads' people, a `lead.merged` event carrying the field changes,
 * and the merged lead as a tombstone that redirects to the survivor (deep links and cards keep
 * working); then the merged lead's timeline and activities move to the survivor. The batch's
 * commit id derives from the pair, so running an interrupted merge again completes it.
 */
export async function mergeLeads(
  ctx: UseCaseContext,
  survivorId: string,
  input: MergeLeadInput,
  expectedVersion?: number,
): Promise<Result<Lead>> {
  const survivorRead = await storedEditableLead(ctx, survivorId);
  if (!survivorRead.ok) return survivorRead;
  const mergedRead = await storedEditableLead(ctx, input.mergedId);
  if (!mergedRead.ok) return mergedRead;
  const survivor = survivorRead.value;
  const merged = mergedRead.value;
  if (merged.mergedInto === survivor.id) {
    await moveHistory(ctx, merged.id, survivor);
    return ok(survivor);
  }
  if (expectedVersion !== undefined && expectedVersion !== survivor.version) {
    return stale(survivor.version);
  }
  const plan = planLeadMerge(survivor, merged, input.values);
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
          domainEvent(ctx, next, 'lead.merged', {
            changes: plan.value.changes,
            data: { mergedId: merged.id, mergedTitle: recordTitle(merged) },
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
  const stored = written.value[0] as Lead;
  await moveHistory(ctx, merged.id, stored);
  return ok(stored);
}
