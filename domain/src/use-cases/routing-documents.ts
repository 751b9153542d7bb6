import {
  SpaceAssignmentRules,
  SpaceSalesTeams,
  type AssignmentRuleEntry,
  type SalesTeamEntry,
} from '../model/routing';
import type { KeyedDocument, KeyedDocumentAddress } from '../store/ports';
import type { UseCaseContext } from './context';

/**
 * A space's sales teams and its assignment rules are each one keyed document (a point read),
 * written with `keyedDocuments.change`, guarded by its `_etag`; absent means none yet, at
 * version 1 (the first ETag a client sends).
 */
const spaceDocument = (kind: string, tenantId: string, spaceId: string): KeyedDocumentAddress => ({
  kind,
  tenantId,
  ownerId: spaceId,
  key: kind,
});

export const salesTeamsAddress = (tenantId: string, spaceId: string) =>
  spaceDocument('sales-teams', tenantId, spaceId);

export const assignmentRulesAddress = (tenantId: string, spaceId: string) =>
  spaceDocument('assignment-rules', tenantId, spaceId);

export const teamsIn = (spaceId: string, stored: KeyedDocument | undefined): SpaceSalesTeams => {
  const parsed = stored ? SpaceSalesTeams.safeParse(stored) : undefined;
  return parsed?.success ? parsed.data : { spaceId, version: 1, teams: [] };
};

export const rulesIn = (
  spaceId: string,
  stored: KeyedDocument | undefined,
): SpaceAssignmentRules => {
  const parsed = stored ? SpaceAssignmentRules.safeParse(stored) : undefined;
  return parsed?.success ? parsed.data : { spaceId, version: 1, rules: [] };
};

export async function readSalesTeams(
  ctx: UseCaseContext,
  spaceId: string,
): Promise<SpaceSalesTeams> {
  const address = salesTeamsAddress(ctx.actor.tenantId, spaceId);
  return teamsIn(spaceId, await ctx.store.keyedDocuments.get(address));
}

export async function readAssignmentRules(
  ctx: UseCaseContext,
  spaceId: string,
): Promise<SpaceAssignmentRules> {
  const address = assignmentRulesAddress(ctx.actor.tenantId, spaceId);
  return rulesIn(spaceId, await ctx.store.keyedDocuments.get(address));
}

/** The rules as stored: their place in the list is their order. */
export const orderedRules = (rules: readonly AssignmentRuleEntry[]) =>
  rules.map((rule, order) => ({ ...rule, order }));

export const teamById = (teams: readonly SalesTeamEntry[], teamId: string) =>
  teams.find((team) => team.id === teamId);
