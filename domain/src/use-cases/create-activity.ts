import type { Activity, ActivityView, CreateActivityInput } from '../model/activity';
import type { DomainEventType } from '../events';
import { creationMeta } from '../rules/changes';
import { derivedId } from '../rules/deterministic-id';
import { localDayBounds } from '../rules/local-day';
import { sharedLevel } from '../rules/task-sharing';
import { notFound, ok, type Result } from '../result';
import {
  activityEvent,
  activityRecordOf,
  fullView,
  pickableType,
  refuseOutsider,
  refuseStatus,
} from './activity-access';
import type { UseCaseContext } from './context';
import { readTaskSettings } from './task-settings-document';
import { visibleRecord } from './visible-record';

/** How a template or post-sale sequence names the task it creates, so applying twice creates one. */
export type ActivityOrigin = { id: string; templateRunId?: string; sourceKey?: string };

/**
 * A planned activity on a record the actor may see, or with `done` one logged as done in one
 * step. Its assignee (the record's owner unless named; the actor on a lead nobody owns) must
 * belong to a lead's or deal's space; an
 * all-day one is due at the start of its day in the assignee's time zone. The id derives from
 * the request, so a retried "add task" writes one task.
 */
export async function createActivity(
  ctx: UseCaseContext,
  input: CreateActivityInput,
  origin?: ActivityOrigin,
): Promise<Result<ActivityView>> {
  const { tenantId, userId } = ctx.actor;
  const [record, settings] = await Promise.all([
    visibleRecord(ctx, input.recordType, input.recordId),
    readTaskSettings(ctx),
  ]);
  if (!record.ok) return record;
  const assigneeId = input.assigneeId ?? record.value.ownerId ?? userId;
  const assignee = await ctx.store.users.get(tenantId, assigneeId);
  if (!assignee) return notFound('user', assigneeId);
  const type = pickableType(settings, input.typeId);
  if (!type.ok) return type;
  const refused =
    refuseStatus(settings, input.statusId) ??
    refuseOutsider(assignee, 'spaceId' in record.value ? record.value.spaceId : undefined);
  if (refused) return refused;
  const meta = creationMeta(ctx, origin?.id ?? derivedId(ctx.commitId, 'activity'));
  const allDay = input.allDay ?? false;
  const activity: Activity = {
    ...meta,
    type: 'activity',
    typeId: type.value.id,
    kind: type.value.kind,
    title: input.title,
    ...(input.notes ? { notes: input.notes } : {}),
    dueAt: allDay ? localDayBounds(input.dueAt, assignee.timeZone).start : input.dueAt,
    allDay,
    durationMinutes: input.durationMinutes ?? (allDay ? 0 : 30),
    assigneeId,
    state: input.done ? 'done' : 'planned',
    ...(input.statusId ? { statusId: input.statusId } : {}),
    ...(input.done ? { completedAt: meta.createdAt, completedBy: userId } : {}),
    record: activityRecordOf(record.value),
    ...(origin?.templateRunId ? { templateRunId: origin.templateRunId } : {}),
    ...(origin?.sourceKey ? { sourceKey: origin.sourceKey } : {}),
  };
  const types: DomainEventType[] = [input.done ? 'activity.completed' : 'activity.created'];
  if (assigneeId !== userId) types.push('activity.assigned');
  const written = await ctx.store.activities.commit(
    {
      next: activity,
      events: types.map((t) => activityEvent(ctx, activity, t, input.done ? { logged: true } : {})),
      expectedVersion: 0,
      sharedAs: sharedLevel(assignee.taskSharing, activity.typeId),
    },
    ctx.commitId,
  );
  return written.ok ? ok(fullView(written.value)) : written;
}
