import type { Lead } from '../model/lead';
import { claimedBy } from '../rules/lead-lifecycle';
import { guardClaim } from '../rules/permissions';
import { notFound, ok, type Result } from '../result';
import { commitRecord, type EventSpec } from './commit-record';
import type { UseCaseContext } from './context';

const load = (ctx: UseCaseContext, id: string) => ctx.store.leads.get(ctx.actor.tenantId, id);

/** A lead of the pool is assigned to its claimer; one of theirs already is marked accepted. */
const eventOf = (lead: Lead, userId: string): EventSpec =>
  lead.ownerId === undefined
    ? { type: 'lead.assigned', changes: [{ field: 'ownerId', old: null, new: userId }] }
    : { type: 'lead.updated', changes: [{ field: 'claimedBy', old: null, new: userId }] };

/**
 * Claims a lead: takes one of the free pool for oneself, or accepts one assigned to oneself.
 * Either way the claim is its first touch when nobody touched it before (the store sets
 * `firstTouchedAt` on the first write by a person). When someone else owns or claimed it the
 * answer says so (not just "stale"), also when both claimed at once and the version guard
 * decided; claiming a lead one claimed already writes nothing.
 */
export async function claimLead(
  ctx: UseCaseContext,
  id: string,
  expectedVersion: number,
): Promise<Result<Lead>> {
  const lead = await load(ctx, id);
  if (!lead) return notFound('lead', id);
  const denied = guardClaim(ctx.actor, lead);
  if (denied) return denied;
  if (lead.claimedBy === ctx.actor.userId) return ok(lead);
  // The claim's instant is its write's, so a claim that is the first touch times it alike.
  const at = ctx.clock.now();
  const claimed = claimedBy(lead, ctx.actor.userId, at);
  if (!claimed.ok) return claimed;
  const atClaim = { ...ctx, clock: { now: () => at } };
  const written = await commitRecord(atClaim, claimed.value, expectedVersion, [
    eventOf(lead, ctx.actor.userId),
  ]);
  if (written.ok || written.error.kind !== 'stale') return written;
  const now = await load(ctx, id);
  if (now?.claimedBy === ctx.actor.userId) return ok(now);
  return now && (now.claimedBy ?? now.ownerId) !== undefined
    ? claimedBy(now, ctx.actor.userId, at)
    : written;
}
