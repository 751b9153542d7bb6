import { AssignUserInput, type User } from '../model/user';
import { nextVersion } from '../rules/changes';
import { wouldCycle } from '../rules/org-chart';
import { guardAdmin } from '../rules/permissions';
import { notFound, ok, ruleBroken, stale, type Result } from '../result';
import type { UseCaseContext } from './context';

export { AssignUserInput };

/**
 * An admin sets a user's role, supervisor (the org chart) and partner. Refused: a supervisor
 * loop, a partner user without a partner, and leaving the tenant without an admin.
 */
export async function assignUser(
  ctx: UseCaseContext,
  userId: string,
  input: AssignUserInput,
  expectedVersion?: number,
): Promise<Result<User>> {
  const denied = guardAdmin(ctx.actor);
  if (denied) return denied;
  const users = await ctx.store.users.listAll(ctx.actor.tenantId);
  const user = users.find((u) => u.id === userId);
  if (!user) return notFound('user', userId);
  if (expectedVersion !== undefined && expectedVersion !== user.version) {
    return stale(user.version);
  }
  const next: User = {
    ...user,
    role: input.role ?? user.role,
    supervisorId:
      input.supervisorId === undefined ? user.supervisorId : (input.supervisorId ?? undefined),
    partnerId: input.partnerId === undefined ? user.partnerId : (input.partnerId ?? undefined),
  };
  if (next.supervisorId && next.supervisorId !== user.supervisorId) {
    if (!users.some((u) => u.id === next.supervisorId)) return notFound('user', next.supervisorId);
    if (wouldCycle(users, userId, next.supervisorId)) {
      return ruleBroken('supervisor_cycle', 'That supervisor reports to this user already');
    }
  }
  if (next.role === 'partner' && !next.partnerId) {
    return ruleBroken('partner_required', 'A partner user needs the partner they work for');
  }
  if (
    user.role === 'admin' &&
    next.role !== 'admin' &&
    !users.some((u) => u.id !== userId && u.role === 'admin')
  ) {
    return ruleBroken('last_admin', 'The tenant needs an admin: make someone else admin first');
  }
  if (
    next.role === user.role &&
    next.supervisorId === user.supervisorId &&
    next.partnerId === user.partnerId
  ) {
    return ok(user);
  }
  return ctx.store.users.commit(nextVersion(ctx, next), [], {
    expectedVersion: user.version,
    commitId: ctx.commitId,
  });
}
