import type { TaskSharing } from '../model/task-settings';
import { nextVersion } from '../rules/changes';
import { sharedLevel } from '../rules/task-sharing';
import { notFound, ok, type Result } from '../result';
import type { UseCaseContext } from './context';

/**
 * The actor's own task sharing, for all types or per type. Every read applies it at once: the
 * API, the tab and the bot read it from the assignee's profile.
 */
export async function setTaskSharing(
  ctx: UseCaseContext,
  sharing: TaskSharing,
): Promise<Result<TaskSharing>> {
  const { tenantId, userId } = ctx.actor;
  const user = await ctx.store.users.get(tenantId, userId);
  if (!user) return notFound('user', userId);
  const saved = await ctx.store.users.commit(
    { ...nextVersion(ctx, user), taskSharing: sharing },
    [],
    { expectedVersion: user.version, commitId: ctx.commitId },
  );
  if (!saved.ok) return saved;
  // The cards of records with the user's planned activities show colleagues the new level.
  await ctx.store.activities.relevel(tenantId, userId, (typeId) => sharedLevel(sharing, typeId));
  return ok(saved.value.taskSharing ?? sharing);
}
