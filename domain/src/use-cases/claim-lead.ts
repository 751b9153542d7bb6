import type { Lead } from '../model/lead';
import { claimedBy } from '../rules/lead-lifecycle';
import { guardClaim } from '../rules/permissions';
import { notFound, ok, type Result } from '../result';
import { commitRecord } from './commit-record';
import type { UseCaseContext } from './context';

const load = (ctx: UseCaseContext, id: string) => ctx.store.leads.get(ctx.actor.tenantId, id);

/**
 * Takes an unassigned lead (the free pool) for oneself. When someone else got it first the
 * answer says so (not just "stale"), also when both claimed at once and the version guard
 * decided; claiming one's own lead again writes nothing.
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
  if (lead.ownerId === ctx.actor.userId) return ok(lead);
  const claimed = claimedBy(lead, ctx.actor.userId);
  if (!claimed.ok) return claimed;
  const written = await commitRecord(ctx, claimed.value, expectedVersion, [
    { type: 'lead.assigned', changes: [{ field: 'ownerId', old: null, new: ctx.actor.userId }] },
  ]);
  if (written.ok || written.error.kind !== 'stale') return written;
  const now = await load(ctx, id);
  return now?.ownerId !== undefined ? claimedBy(now, ctx.actor.userId) : written;
}
