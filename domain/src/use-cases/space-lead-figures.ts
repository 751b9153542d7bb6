import { canSeeSpace } from '../rules/permissions';
import { notFound, ok, type Result } from '../result';
import type { LeadCounterFigures } from '../store/lead-counters';
import type { UseCaseContext } from './context';

/**
 * The lead counters of a space the actor sees whole: a member, or an admin of its tenant (the
 * space is read beside the counters, so another tenant's id answers 404). A partner user sees
 * only part of a space, so its figures would leak: 404 too.
 */
export async function spaceLeadFigures(
  ctx: UseCaseContext,
  spaceId: string,
  days: readonly string[],
): Promise<Result<LeadCounterFigures>> {
  const { actor, store } = ctx;
  if (!canSeeSpace(actor, spaceId) || actor.partnerId !== undefined) {
    return notFound('space', spaceId);
  }
  const [space, figures] = await Promise.all([
    store.spaces.get(actor.tenantId, spaceId),
    store.leadCounters.read(actor.tenantId, spaceId, days),
  ]);
  return space ? ok(figures) : notFound('space', spaceId);
}
