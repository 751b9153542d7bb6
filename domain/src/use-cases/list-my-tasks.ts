import type { ActivityView, ListMyTasksInput, TaskBucket } from '../model/activity';
import { localDayBounds } from '../rules/local-day';
import { notFound, ok, type Result } from '../result';
import type { Page } from '../store/ports';
import type { ActivityFilter } from '../store/query-catalog';
import { fullView } from './activity-access';
import type { UseCaseContext } from './context';

/**
 * Which planned or done tasks a bucket holds at `now`, its days counted from `today`: overdue
 * and today split as `dueBucketsAt` splits them (a timed task is overdue once its time has
 * passed, an all-day one once its day has ended), so the list, the navigation's counters, the
 * record's counters and the cards agree.
 */
export function bucketFilter(
  assigneeId: string,
  bucket: TaskBucket,
  now: string,
  today: { start: string; end: string },
): ActivityFilter {
  const overdueAt = (is: boolean) => ({ is, now, todayStart: today.start });
  switch (bucket) {
    case 'overdue':
      return { assigneeId, state: 'planned', overdue: overdueAt(true) };
    case 'today':
      return { assigneeId, state: 'planned', dueBefore: today.end, overdue: overdueAt(false) };
    case 'upcoming':
      return { assigneeId, state: 'planned', dueFrom: today.end };
    case 'done':
      return { assigneeId, state: 'done' };
  }
}

/**
 * The actor's own tasks in one bucket (overdue, today, upcoming: by due date; done: newest
 * first), "today" being the day in their time zone; filtered by type, record type or record;
 * paged.
 */
export async function listMyTasks(
  ctx: UseCaseContext,
  input: ListMyTasksInput,
): Promise<Result<Page<ActivityView>>> {
  const { tenantId, userId } = ctx.actor;
  const user = await ctx.store.users.get(tenantId, userId);
  if (!user) return notFound('user', userId);
  const now = ctx.clock.now();
  const today = localDayBounds(now, user.timeZone);
  const page = await ctx.store.activities.listForAssignee(
    tenantId,
    {
      ...bucketFilter(userId, input.bucket, now, today),
      ...(input.typeId ? { typeId: input.typeId } : {}),
      ...(input.recordType ? { recordType: input.recordType } : {}),
      ...(input.recordId ? { recordId: input.recordId } : {}),
    },
    input,
  );
  return ok({ ...page, items: page.items.map(fullView) });
}
