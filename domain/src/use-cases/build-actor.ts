import type { Actor } from '../actor';
import type { Role } from '../model/user';
import { subordinatesOf } from '../rules/org-chart';
import { notFound, ok, type Result } from '../result';
import type { CrmStore } from '../store/ports';

/**
 * The actor for a signed-in user: their role, spaces and partner from their document (a
 * point read), and — for a manager, the only role the org chart widens — everyone below them
 * with each one's role.
 */
export async function buildActor(
  store: CrmStore,
  tenantId: string,
  userId: string,
): Promise<Result<Actor>> {
  const user = await store.users.get(tenantId, userId);
  if (!user) return notFound('user', userId);
  const below =
    user.role === 'manager' ? subordinatesOf(await store.users.listAll(tenantId), userId) : [];
  return ok({
    tenantId,
    userId,
    name: user.name,
    role: user.role,
    spaceIds: user.spaceIds,
    ...(user.partnerId ? { partnerId: user.partnerId } : {}),
    subordinateIds: below.map((m) => m.id),
    subordinateRoles: Object.fromEntries(below.map((m) => [m.id, m.role])) as Record<string, Role>,
  });
}
