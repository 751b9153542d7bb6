import type { ActivityView, ListMyTasksInput, TaskBucket } from '../model/activity';
import { localDayBounds } from '../rules/local-day';
import { notFound, ok, type Result } from '../result';
import type { Page } from '../store/ports';
import type { ActivityFilter } from '../store/query-catalog';
import { fullView } from './activity-access';
import type { UseCaseContext } from './context';

/** Which planned or done tasks a bucket holds, its days counted from `today`. */
export function bucketFilter(
  assigneeId: string,
  bucket: TaskBucket,
  today: { start: string; end: string },
): ActivityFilter {
  switch (bucket) {
    case 'overdue':
      return { assigneeId, state: 'planned', dueBefore: today.start };
    case 'today':
      return { assigneeId, state: 'planned', dueFrom: today.start, dueBefore: today.end };
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
  const today = localDayBounds(ctx.clock.now(), user.timeZone);
  const page = await ctx.store.activities.listForAssignee(
    tenantId,
    {
      ...bucketFilter(userId, input.bucket, today),
      ...(input.typeId ? { typeId: input.typeId } : {}),
      ...(input.recordType ? { recordType: input.recordType } : {}),
      ...(input.recordId ? { recordId: input.recordId } : {}),
    },
    input,
  );
  return ok({ ...page, items: page.items.map(fullView) });
}
