import type { Opportunity } from '../model/opportunity';
import { applyUnlock } from '../rules/closing';
import { guardUnlock } from '../rules/permissions';
import { notFound, type Result } from '../result';
import { commitRecord } from './commit-record';
import type { UseCaseContext } from './context';

/** Lifts the lock of a won deal, for those permissions.canUnlock allows (admins, managers). */
export async function unlockOpportunity(
  ctx: UseCaseContext,
  id: string,
  expectedVersion: number,
): Promise<Result<Opportunity>> {
  const opportunity = await ctx.store.opportunities.get(ctx.actor.tenantId, id);
  if (!opportunity) return notFound('opportunity', id);
  const denied = guardUnlock(ctx.actor, opportunity);
  if (denied) return denied;
  const unlocked = applyUnlock(opportunity);
  if (!unlocked.ok || unlocked.value === opportunity) return unlocked;
  return commitRecord(ctx, unlocked.value, expectedVersion, [
    { type: 'opportunity.unlocked', changes: [{ field: 'locked', old: true, new: false }] },
  ]);
}
