import type { Lead } from '../model/lead';
import type { RoutingPlacement, SalesTeamEntry } from '../model/routing';
import { pickMember } from '../rules/round-robin';
import {
  applyRule,
  firstMatchingRule,
  type RoutableLead,
  type RoutingDecision,
  type RoutingRule,
} from '../rules/routing';
import type { CrmStore } from '../store/ports';
import { assignmentRulesAddress, rulesIn, salesTeamsAddress, teamsIn } from './routing-documents';

/** A rule as routing runs it; the name is what a card says placed the lead. */
type NamedRule = RoutingRule & { name: string };

/** A space's routing as one run uses it: its rules, and its teams read only when a rule needs them. */
export type SpaceRouting = {
  tenantId: string;
  spaceId: string;
  rules: readonly NamedRule[];
  teams: () => Promise<readonly SalesTeamEntry[]>;
};

export async function loadSpaceRouting(
  store: CrmStore,
  tenantId: string,
  spaceId: string,
  rules?: readonly NamedRule[],
): Promise<SpaceRouting> {
  const stored =
    rules ??
    rulesIn(spaceId, await store.keyedDocuments.get(assignmentRulesAddress(tenantId, spaceId)))
      .rules;
  let teams: Promise<readonly SalesTeamEntry[]> | undefined;
  return {
    tenantId,
    spaceId,
    rules: stored,
    teams: () => {
      teams ??= store.keyedDocuments
        .get(salesTeamsAddress(tenantId, spaceId))
        .then((doc) => teamsIn(spaceId, doc).teams);
      return teams;
    },
  };
}

/** Rules route only open leads: not archived, qualified or disqualified. */
export const isOpenLead = (lead: Lead) =>
  !lead.archived && lead.status !== 'qualified' && lead.status !== 'disqualified';

export const hasActiveRules = (routing: SpaceRouting) => routing.rules.some((rule) => rule.active);

/**
 * The first of `count` tickets of a team, in order: the store's etag-guarded counter for real
 * routing, the counter's current value (nothing written) for a dry run.
 */
export type DrawTickets = (teamId: string, count: number) => Promise<number>;

/** Who of a team may take a lead now: still a member of the space, and not out of office. */
async function availableMembers(
  store: CrmStore,
  routing: SpaceRouting,
  team: SalesTeamEntry,
): Promise<Set<string>> {
  const users = await store.users.getMany(
    routing.tenantId,
    team.members.map((m) => m.userId),
  );
  return new Set(
    users.filter((u) => u.spaceIds.includes(routing.spaceId) && !u.outOfOffice).map((u) => u.id),
  );
}

/**
 * The decision for each lead, in the order given (the order they arrived). Leads a team's rule
 * caught take that team's tickets one after the other, drawn in one increment per team; a
 * team with nobody available draws none and leaves its leads in the pool.
 */
export async function decideRoutes(
  store: CrmStore,
  routing: SpaceRouting,
  leads: readonly RoutableLead[],
  draw: DrawTickets,
): Promise<RoutingDecision[]> {
  const matched = leads.map((lead) => firstMatchingRule(lead, routing.rules));
  const teamIds = matched.flatMap((rule) =>
    rule?.actions.assign.to === 'team' ? [rule.actions.assign.teamId] : [],
  );
  const turns = new Map<string, () => string | undefined>();
  if (teamIds.length > 0) {
    const teams = await routing.teams();
    for (const teamId of new Set(teamIds)) {
      const team = teams.find((t) => t.id === teamId);
      const available = team ? await availableMembers(store, routing, team) : new Set<string>();
      if (!team || available.size === 0) continue;
      let ticket = await draw(teamId, teamIds.filter((id) => id === teamId).length);
      turns.set(teamId, () => {
        const member = pickMember(team.members, ticket, (userId) => available.has(userId));
        ticket += 1;
        return member?.userId;
      });
    }
  }
  return leads.map((lead, index) =>
    applyRule(lead, matched[index], (teamId) => turns.get(teamId)?.()),
  );
}

/**
 * The lead as routing leaves it: a matching rule sets its owner (none: the free pool), its
 * priority and added tags; no matching rule leaves it as it was.
 */
export function routedLead<L extends Lead>(lead: L, decision: RoutingDecision): L {
  if (!decision.ruleId) return lead;
  return {
    ...lead,
    ownerId: decision.assignTo,
    ...(decision.priority && { priority: decision.priority }),
    tags: [...lead.tags, ...decision.addTags],
  };
}

export const placementOf = (decision: RoutingDecision): RoutingPlacement => ({
  ...(decision.assignTo !== undefined && { ownerId: decision.assignTo }),
  ...(decision.priority && { priority: decision.priority }),
  ...(decision.ruleId && { ruleId: decision.ruleId }),
  ...(decision.teamId && { teamId: decision.teamId }),
  addTags: decision.addTags,
});

/** What the `lead.routed` event tells the notifier: the new owner and whom the rule names. */
export const routedEventData = (decision: RoutingDecision, routing: SpaceRouting) => ({
  ruleId: decision.ruleId,
  ruleName: routing.rules.find((rule) => rule.id === decision.ruleId)?.name,
  ...(decision.assignTo !== undefined && { to: decision.assignTo }),
  ...(decision.teamId && { teamId: decision.teamId }),
  notify: decision.notify,
});
