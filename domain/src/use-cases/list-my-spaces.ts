import type { Space } from '../model/space';
import { canAdminister } from '../rules/permissions';
import { ok, type Result } from '../result';
import type { UseCaseContext } from './context';

/** The spaces of the actor's global view: every space for an admin, else those they belong to. */
export async function listMySpaces(ctx: UseCaseContext): Promise<Result<Space[]>> {
  const { actor, store } = ctx;
  const spaces = canAdminister(actor)
    ? await store.spaces.listAll(actor.tenantId)
    : await store.spaces.getMany(actor.tenantId, actor.spaceIds);
  return ok([...spaces].sort((a, b) => a.name.localeCompare(b.name)));
}
