import type { SpaceAssignmentRules } from '../model/routing';
import { ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { readAssignmentRules } from './routing-documents';
import { routingSpace } from './routing-validation';

/** A space's assignment rules, first tried first, with the version to save against (admins). */
export async function getAssignmentRules(
  ctx: UseCaseContext,
  spaceId: string,
): Promise<Result<SpaceAssignmentRules>> {
  const space = await routingSpace(ctx, spaceId);
  if (!space.ok) return space;
  return ok(await readAssignmentRules(ctx, spaceId));
}
