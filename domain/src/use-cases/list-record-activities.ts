import type { ListRecordActivitiesInput, RecordActivities } from '../model/activity';
import type { RecordType } from '../model/timeline';
import { ok, type Result } from '../result';
import { MAX_PLANNED_ACTIVITIES } from '../store/activity-repository';
import { sharedWithActor } from './activity-access';
import type { UseCaseContext } from './context';
import { visibleRecord } from './visible-record';

/**
 * A record's activities beside its timeline, planned and done apart: every planned one by due
 * date, done ones newest first and paged; each as its assignee's task sharing lets the actor
 * see it, so a page may hold fewer than asked.
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
  const [planned, done] = await Promise.all([
    ctx.store.activities.listForRecord(tenantId, recordId, 'planned', {
      limit: MAX_PLANNED_ACTIVITIES,
    }),
    ctx.store.activities.listForRecord(tenantId, recordId, 'done', input),
  ]);
  const shared = await sharedWithActor(ctx, [...planned.items, ...done.items]);
  const plannedIds = new Set(planned.items.map((a) => a.id));
  return ok({
    planned: shared.filter((a) => plannedIds.has(a.id)),
    done: shared.filter((a) => !plannedIds.has(a.id)),
    ...(done.continuation ? { continuation: done.continuation } : {}),
  });
}
