import type { User } from '../model/user';
import { ok, type Result } from '../result';
import type { UseCaseContext } from './context';

/** The people of the tenant (a people picker); a partner user sees those of their spaces. */
export async function listUsers(ctx: UseCaseContext): Promise<Result<User[]>> {
  const { actor } = ctx;
  const users = await ctx.store.users.listAll(actor.tenantId);
  if (actor.role !== 'partner') return ok(users);
  return ok(users.filter((u) => u.spaceIds.some((s) => actor.spaceIds.includes(s))));
}
