import type { AssignmentRulesInput, SpaceAssignmentRules } from '../model/routing';
import { ok, stale, type Result } from '../result';
import type { UseCaseContext } from './context';
import { assignmentRulesAddress, orderedRules, readSalesTeams, rulesIn } from './routing-documents';
import { refuseIfAny, routingSpace, ruleErrors } from './routing-validation';

/**
 * An admin saves a space's assignment rules whole, in the order they are tried, guarded by the
 * version they saw. A rule's user and the people it notifies must be space members, its team
 * one of the space's teams.
 */
export async function setAssignmentRules(
  ctx: UseCaseContext,
  spaceId: string,
  input: AssignmentRulesInput,
  expectedVersion: number,
): Promise<Result<SpaceAssignmentRules>> {
  const space = await routingSpace(ctx, spaceId);
  if (!space.ok) return space;
  const { teams } = await readSalesTeams(ctx, spaceId);
  const refused = refuseIfAny(await ruleErrors(ctx, spaceId, input.rules, teams));
  if (refused) return refused;
  return ctx.store.keyedDocuments.change<Result<SpaceAssignmentRules>>(
    assignmentRulesAddress(ctx.actor.tenantId, spaceId),
    (stored) => {
      const current = rulesIn(spaceId, stored);
      if (current.version !== expectedVersion) return { answer: stale(current.version) };
      const next: SpaceAssignmentRules = {
        spaceId,
        version: current.version + 1,
        rules: orderedRules(input.rules),
      };
      return { next, answer: ok(next) };
    },
  );
}
