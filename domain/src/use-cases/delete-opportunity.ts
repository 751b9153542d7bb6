import { guardDelete } from '../rules/permissions';
import { assertEditable } from '../rules/closing';
import { notFound, ok, stale, type Result } from '../result';
import type { UseCaseContext } from './context';

/**
 * Deletes a deal for good (the tab confirms first), with its activities, and takes it out of
 * its stage's figures.
 * A won and locked deal must be unlocked first. With a version, a deal changed since is kept.
 */
export async function deleteOpportunity(
  ctx: UseCaseContext,
  id: string,
  expectedVersion?: number,
): Promise<Result<{ id: string }>> {
  const opportunity = await ctx.store.opportunities.get(ctx.actor.tenantId, id);
  if (!opportunity) return notFound('opportunity', id);
  const denied = guardDelete(ctx.actor, opportunity);
  if (denied) return denied;
  const editable = assertEditable(opportunity);
  if (!editable.ok) return editable;
  if (expectedVersion !== undefined && opportunity.version !== expectedVersion)
    return stale(opportunity.version);
  await ctx.store.opportunities.remove(ctx.actor.tenantId, id);
  await ctx.store.activities.removeForRecord(ctx.actor.tenantId, id);
  return ok({ id });
}
