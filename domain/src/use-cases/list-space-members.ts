import type { SpaceMember } from '../model/user';
import { canSeeSpace } from '../rules/permissions';
import { notFound, ok, type Result } from '../result';
import type { UseCaseContext } from './context';

/**
 * The people on a space's roster (id, name, e-mail, role), for anyone who may open the space:
 * owner names and avatars, people pickers, "who else follows". A hidden space answers 404.
 */
export async function listSpaceMembers(
  ctx: UseCaseContext,
  spaceId: string,
): Promise<Result<SpaceMember[]>> {
  const { actor } = ctx;
  if (!canSeeSpace(actor, spaceId)) return notFound('space', spaceId);
  const [space, users] = await Promise.all([
    ctx.store.spaces.get(actor.tenantId, spaceId),
    ctx.store.users.listAll(actor.tenantId),
  ]);
  if (!space) return notFound('space', spaceId);
  return ok(
    users
      .filter((u) => u.spaceIds.includes(spaceId))
      .map(({ id, name, email, role }) => ({ id, name, email, role }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  );
}
