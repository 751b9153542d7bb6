import type { Denied } from '../rules/permissions';
import { ruleBroken } from '../result';
import type { UseCaseContext } from './context';

/**
 * Refuses (422) a record that would name as owner, co-owner or subscriber someone who is not a
 * member of its space: they could not see it. `undefined` when every one of them is.
 */
export async function refuseNonMembers(
  ctx: UseCaseContext,
  spaceId: string,
  userIds: readonly (string | undefined)[],
): Promise<Denied | undefined> {
  for (const userId of new Set(userIds)) {
    if (userId === undefined) continue;
    const user = await ctx.store.users.get(ctx.actor.tenantId, userId);
    if (!user?.spaceIds.includes(spaceId)) {
      return ruleBroken('user_not_in_space', `${userId} is not a member of this record's space`, {
        user: userId,
      });
    }
  }
  return undefined;
}
