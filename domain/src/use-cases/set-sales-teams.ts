import type { SalesTeamsInput, SpaceSalesTeams } from '../model/routing';
import { ok, stale, type Result } from '../result';
import type { UseCaseContext } from './context';
import { readAssignmentRules, salesTeamsAddress, teamsIn } from './routing-documents';
import { refuseIfAny, removedTeamErrors, routingSpace, teamErrors } from './routing-validation';

/**
 * An admin saves a space's sales teams whole, guarded by the version they saw. Every member
 * must be in the space; a team a rule still assigns to cannot be removed.
 */
export async function setSalesTeams(
  ctx: UseCaseContext,
  spaceId: string,
  input: SalesTeamsInput,
  expectedVersion: number,
): Promise<Result<SpaceSalesTeams>> {
  const space = await routingSpace(ctx, spaceId);
  if (!space.ok) return space;
  const { rules } = await readAssignmentRules(ctx, spaceId);
  const refused = refuseIfAny([
    ...(await teamErrors(ctx, spaceId, input.teams)),
    ...removedTeamErrors(input.teams, rules),
  ]);
  if (refused) return refused;
  return ctx.store.keyedDocuments.change<Result<SpaceSalesTeams>>(
    salesTeamsAddress(ctx.actor.tenantId, spaceId),
    (stored) => {
      const current = teamsIn(spaceId, stored);
      if (current.version !== expectedVersion) return { answer: stale(current.version) };
      const next: SpaceSalesTeams = { spaceId, version: current.version + 1, teams: input.teams };
      return { next, answer: ok(next) };
    },
  );
}
