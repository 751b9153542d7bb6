import type { TaskCounters } from '../model/activity';
import { localDayBounds } from '../rules/local-day';
import { notFound, ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { bucketFilter } from './list-my-tasks';

/** How many of the actor's planned tasks are overdue and due today, in their time zone. */
export async function getTaskCounters(ctx: UseCaseContext): Promise<Result<TaskCounters>> {
  const { tenantId, userId } = ctx.actor;
  const user = await ctx.store.users.get(tenantId, userId);
  if (!user) return notFound('user', userId);
  const now = ctx.clock.now();
  const today = localDayBounds(now, user.timeZone);
  const [overdue, dueToday] = await Promise.all([
    ctx.store.activities.count(tenantId, bucketFilter(userId, 'overdue', now, today)),
    ctx.store.activities.count(tenantId, bucketFilter(userId, 'today', now, today)),
  ]);
  return ok({ overdue, dueToday });
}
