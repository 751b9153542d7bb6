import type { ListRecordActivitiesInput, RecordActivities } from '../model/activity';
import type { RecordType } from '../model/timeline';
import { ok, type Result } from '../result';
import { dueBucketsAt } from '../rules/task-schedule';
import { MAX_PLANNED_ACTIVITIES } from '../store/activity-repository';
import { sharedWithActor } from './activity-access';
import type { UseCaseContext } from './context';
import { visibleRecord } from './visible-record';

/**
 * A record's activities beside its timeline, planned and done apart: every planned one by due
 * date, done ones newest first and paged; each as its assignee's task sharing lets the actor
 * see it, so a page may hold fewer than asked; with the counts of overdue and due-today ones.
 */
export async function listRecordActivities(
  ctx: UseCaseContext,
  recordType: RecordType,
  recordId: string,
  input: ListRecordActivitiesInput,
): Promise<Result<RecordActivities>> {
  const record = await visibleRecord(ctx, recordType, recordId);
  if (!record.ok) return record;
  const { tenantId } = ctx.actor;
  const [planned, done, viewer] = await Promise.all([
    ctx.store.activities.listForRecord(tenantId, recordId, 'planned', {
      limit: MAX_PLANNED_ACTIVITIES,
    }),
    ctx.store.activities.listForRecord(tenantId, recordId, 'done', input),
    ctx.store.users.get(tenantId, ctx.actor.userId),
  ]);
  const shared = await sharedWithActor(ctx, [...planned.items, ...done.items]);
  const plannedIds = new Set(planned.items.map((a) => a.id));
  const plannedShown = shared.filter((a) => plannedIds.has(a.id));
  const bucketOf = dueBucketsAt(ctx.clock.now(), viewer?.timeZone ?? 'UTC');
  const buckets = plannedShown.map(bucketOf);
  return ok({
    planned: plannedShown,
    done: shared.filter((a) => !plannedIds.has(a.id)),
    counts: {
      overdue: buckets.filter((b) => b === 'overdue').length,
      dueToday: buckets.filter((b) => b === 'today').length,
    },
    ...(done.continuation ? { continuation: done.continuation } : {}),
  });
}
