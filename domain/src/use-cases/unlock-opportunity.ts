import type { Opportunity } from '../model/opportunity';
import { unlockDeal } from '../rules/closing';
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
  const deal = await ctx.store.opportunities.get(ctx.actor.tenantId, id);
  if (!deal) return notFound('opportunity', id);
  const denied = guardUnlock(ctx.actor, deal);
  if (denied) return denied;
  const unlocked = unlockDeal(deal);
  if (!unlocked.ok || unlocked.value === deal) return unlocked;
  return commitRecord(ctx, unlocked.value, expectedVersion, [
    { type: 'opportunity.unlocked', changes: [{ field: 'locked', old: true, new: false }] },
  ]);
}
