import type { Me } from '../model/me';
import { notFound, ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { listMySpaces } from './list-my-spaces';

/** The signed-in user and the spaces they may open. */
export async function getMe(ctx: UseCaseContext): Promise<Result<Me>> {
  const user = await ctx.store.users.get(ctx.actor.tenantId, ctx.actor.userId);
  if (!user) return notFound('user', ctx.actor.userId);
  const spaces = await listMySpaces(ctx);
  return spaces.ok ? ok({ user, spaces: spaces.value }) : spaces;
}
