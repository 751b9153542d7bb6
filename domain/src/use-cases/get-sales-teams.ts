import type { SpaceSalesTeams } from '../model/routing';
import { ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { readSalesTeams } from './routing-documents';
import { routingSpace } from './routing-validation';

/** A space's sales teams with the version to save them against (admins). */
export async function getSalesTeams(
  ctx: UseCaseContext,
  spaceId: string,
): Promise<Result<SpaceSalesTeams>> {
  const space = await routingSpace(ctx, spaceId);
  if (!space.ok) return space;
  return ok(await readSalesTeams(ctx, spaceId));
}
