import type { Lead } from '../model/lead';
import type { RouteLeadOutcome, RouteLeadsInput, RouteLeadsResult } from '../model/routing';
import type { FieldChange } from '../model/timeline';
import { canAdminister } from '../rules/permissions';
import { forbidden, ok, type Result } from '../result';
import { commitRecord } from './commit-record';
import type { UseCaseContext } from './context';
import {
  decideRoutes,
  isOpenLead,
  loadSpaceRouting,
  placementOf,
  routedEventData,
  routedLead,
} from './lead-routing';
import { drawTickets } from './round-robin-tickets';

/**
 * An admin runs the assignment rules on a selection of leads, in the order given. Each lead is
 * written guarded by the version just read (a lead someone changed meanwhile answers
 * `conflict`, unchanged); a lead no rule matches is left as it is; closed leads are skipped.
 */
export async function routeLeads(
  ctx: UseCaseContext,
  input: RouteLeadsInput,
): Promise<Result<RouteLeadsResult>> {
  if (!canAdminister(ctx.actor)) return forbidden('Only an admin routes leads', 'admin_only');
  const { tenantId } = ctx.actor;
  const ids = [...new Set(input.ids)];
  const found = new Map(
    (await ctx.store.leads.getMany(tenantId, ids))
      .filter((lead) => lead.mergedInto === undefined)
      .map((lead) => [lead.id, lead]),
  );
  const outcomes = new Map<string, RouteLeadOutcome>();
  const open = ids.flatMap((id) => {
    const lead = found.get(id);
    if (!lead) outcomes.set(id, { leadId: id, outcome: 'not_found' });
    else if (!isOpenLead(lead)) outcomes.set(id, { leadId: id, outcome: 'closed' });
    return lead && isOpenLead(lead) ? [lead] : [];
  });
  for (const spaceId of new Set(open.map((lead) => lead.spaceId))) {
    const leads = open.filter((lead) => lead.spaceId === spaceId);
    const routing = await loadSpaceRouting(ctx.store, tenantId, spaceId);
    const decisions = await decideRoutes(ctx.store, routing, leads, (teamId, count) =>
      drawTickets(ctx.store, { tenantId, spaceId, teamId }, count),
    );
    for (const [index, lead] of leads.entries()) {
      const decision = decisions[index]!;
      if (!decision.ruleId) {
        outcomes.set(lead.id, { leadId: lead.id, outcome: 'unmatched' });
        continue;
      }
      const routed = routedLead(lead, decision);
      const written = await commitRecord(ctx, routed, lead.version, [
        {
          type: 'lead.routed',
          changes: changesOf(lead, routed),
          data: routedEventData(decision, routing),
        },
      ]);
      outcomes.set(lead.id, {
        leadId: lead.id,
        outcome: written.ok ? 'routed' : 'conflict',
        ...(written.ok && { placement: placementOf(decision) }),
      });
    }
  }
  return ok({ items: ids.map((id) => outcomes.get(id)!) });
}

function changesOf(before: Lead, after: Lead): FieldChange[] {
  const changes: FieldChange[] = [];
  if (before.ownerId !== after.ownerId)
    changes.push({ field: 'ownerId', old: before.ownerId ?? null, new: after.ownerId ?? null });
  if (before.priority !== after.priority)
    changes.push({ field: 'priority', old: before.priority ?? null, new: after.priority ?? null });
  if (before.tags.length !== after.tags.length)
    changes.push({ field: 'tags', old: before.tags, new: after.tags });
  return changes;
}
