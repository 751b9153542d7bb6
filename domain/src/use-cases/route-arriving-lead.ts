import type { DomainEvent } from '../events';
import type { Lead } from '../model/lead';
import { domainEvent } from '../rules/changes';
import { drawTickets } from './round-robin-tickets';
import type { UseCaseContext } from './context';
import {
  decideRoutes,
  hasActiveRules,
  loadSpaceRouting,
  routedEventData,
  routedLead,
} from './lead-routing';

/**
 * The step the create paths of inbound and web-form leads take before their write: the
 * space's first matching rule sets the lead's owner (a user, or a team's next member by
 * round-robin), priority and tags, and a `lead.routed` event in the same write tells the new
 * owner and whom the rule names. No rule matching leaves the lead as it came (the free pool).
 */
export async function routeArrivingLead(
  ctx: UseCaseContext,
  lead: Lead,
): Promise<{ lead: Lead; events: DomainEvent[] }> {
  const { tenantId } = ctx.actor;
  const routing = await loadSpaceRouting(ctx.store, tenantId, lead.spaceId);
  if (!hasActiveRules(routing)) return { lead, events: [] };
  const [decision] = await decideRoutes(ctx.store, routing, [lead], (teamId, count) =>
    drawTickets(ctx.store, { tenantId, spaceId: lead.spaceId, teamId }, count),
  );
  if (!decision?.ruleId) return { lead, events: [] };
  const routed = routedLead(lead, decision);
  return {
    lead: routed,
    events: [domainEvent(ctx, routed, 'lead.routed', { data: routedEventData(decision, routing) })],
  };
}
