import { DEFAULT_TASK_SHARING, type TaskSharing } from '../model/task-settings';
import { notFound, ok, type Result } from '../result';
import type { UseCaseContext } from './context';

/** What the actor lets colleagues see of their tasks. */
export async function getTaskSharing(ctx: UseCaseContext): Promise<Result<TaskSharing>> {
  const { tenantId, userId } = ctx.actor;
  const user = await ctx.store.users.get(tenantId, userId);
  if (!user) return notFound('user', userId);
  return ok(user.taskSharing ?? DEFAULT_TASK_SHARING);
}
