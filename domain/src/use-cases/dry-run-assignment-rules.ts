import type { Lead } from '../model/lead';
import type { AssignmentRulesInput, DryRunResult } from '../model/routing';
import { visibilityScope } from '../rules/permissions';
import { recordTitle } from '../rules/record-title';
import { ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { decideRoutes, isOpenLead, loadSpaceRouting, placementOf } from './lead-routing';
import { nextTicket } from './round-robin-tickets';
import { orderedRules, readSalesTeams } from './routing-documents';
import { refuseIfAny, routingSpace, ruleErrors } from './routing-validation';

/** Routing on demand skips closed leads and merge tombstones; so does the dry run. */
const isRoutable = (lead: Lead) => lead.mergedInto === undefined && isOpenLead(lead);

/** How many of the space's latest leads a dry run replays. */
export const DRY_RUN_LEADS = 100;

/**
 * Where the space's last 100 leads would have gone under the rules being edited, beside where
 * they went, newest first (closed ones left out: no rule moves them). The leads are replayed in the order they arrived, each team's
 * round-robin continuing from its counter as it stands now. Writes nothing.
 */
export async function dryRunAssignmentRules(
  ctx: UseCaseContext,
  spaceId: string,
  input: AssignmentRulesInput,
): Promise<Result<DryRunResult>> {
  const space = await routingSpace(ctx, spaceId);
  if (!space.ok) return space;
  const { tenantId } = ctx.actor;
  const { teams } = await readSalesTeams(ctx, spaceId);
  const refused = refuseIfAny(await ruleErrors(ctx, spaceId, input.rules, teams));
  if (refused) return refused;
  const page = await ctx.store.leads.list(
    tenantId,
    {
      scope: visibilityScope(ctx.actor, 'lead', [spaceId]),
      sort: { field: 'createdAt', direction: 'desc' },
    },
    { limit: DRY_RUN_LEADS },
  );
  const arrived = page.items.filter(isRoutable).reverse();
  const routing = await loadSpaceRouting(ctx.store, tenantId, spaceId, orderedRules(input.rules));
  const decisions = await decideRoutes(ctx.store, routing, arrived, (teamId) =>
    nextTicket(ctx.store, { tenantId, spaceId, teamId }),
  );
  const items = arrived.map((lead, index) => ({
    leadId: lead.id,
    title: recordTitle(lead),
    source: lead.source,
    createdAt: lead.createdAt,
    actual: {
      ...(lead.ownerId !== undefined && { ownerId: lead.ownerId }),
      ...(lead.priority && { priority: lead.priority }),
    },
    predicted: placementOf(decisions[index]!),
  }));
  return ok({ items: items.reverse() });
}
