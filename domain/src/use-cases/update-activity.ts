import type { Activity, ActivityView, UpdateActivityInput } from '../model/activity';
import type { DomainEventType } from '../events';
import { nextVersion } from '../rules/changes';
import { localDayBounds } from '../rules/local-day';
import { sharedLevel } from '../rules/task-sharing';
import { notFound, ok, stale, type Result } from '../result';
import {
  activityEvent,
  activityRecordOf,
  editableActivity,
  fullView,
  pickableType,
  refuseOutsider,
  refuseStatus,
} from './activity-access';
import type { UseCaseContext } from './context';
import { readTaskSettings } from './task-settings-document';
import { visibleRecord } from './visible-record';

/**
 * Changes an activity the actor may change (title, notes, due date, assignee, type, status,
 * related record), guarded by the version they saw. A new due date reschedules it; a new
 * assignee is told; a new record, which the actor must see and whose space the assignee must
 * belong to, takes the activity from the old one.
 */
export async function updateActivity(
  ctx: UseCaseContext,
  id: string,
  input: UpdateActivityInput,
  expectedVersion: number,
): Promise<Result<ActivityView>> {
  const current = await editableActivity(ctx, id);
  if (!current.ok) return current;
  const before = current.value;
  if (before.version !== expectedVersion) return stale(before.version);
  const needsSettings = input.typeId !== undefined || typeof input.statusId === 'string';
  const settings = needsSettings ? await readTaskSettings(ctx) : undefined;
  const type =
    settings && input.typeId !== undefined && input.typeId !== before.typeId
      ? pickableType(settings, input.typeId)
      : undefined;
  if (type && !type.ok) return type;
  const refusedStatus =
    settings && input.statusId && input.statusId !== before.statusId
      ? refuseStatus(settings, input.statusId)
      : undefined;
  if (refusedStatus) return refusedStatus;
  const moveTo =
    input.record &&
    (input.record.recordType !== before.record.recordType ||
      input.record.recordId !== before.record.recordId)
      ? input.record
      : undefined;
  const assigneeId = input.assigneeId ?? before.assigneeId;
  const [assignee, target] = await Promise.all([
    ctx.store.users.get(ctx.actor.tenantId, assigneeId),
    moveTo ? visibleRecord(ctx, moveTo.recordType, moveTo.recordId) : undefined,
  ]);
  if (target && !target.ok) return target;
  if (!assignee) return notFound('user', assigneeId);
  const record = target ? activityRecordOf(target.value) : before.record;
  if (target || assigneeId !== before.assigneeId) {
    const refused = refuseOutsider(assignee, record.spaceId);
    if (refused) return refused;
  }
  const allDay = input.allDay ?? before.allDay;
  const dueAt = input.dueAt ?? before.dueAt;
  const dayStart =
    allDay && (input.dueAt !== undefined || input.allDay === true)
      ? localDayBounds(dueAt, assignee.timeZone).start
      : dueAt;
  const { notes: _notes, statusId: _statusId, ...kept } = before;
  const notes = input.notes === undefined ? before.notes : (input.notes ?? undefined);
  const statusId = input.statusId === undefined ? before.statusId : (input.statusId ?? undefined);
  const next: Activity = {
    ...nextVersion(ctx, kept),
    ...(type?.ok ? { typeId: type.value.id, kind: type.value.kind } : {}),
    title: input.title ?? before.title,
    ...(notes ? { notes } : {}),
    dueAt: dayStart,
    allDay,
    durationMinutes: input.durationMinutes ?? before.durationMinutes,
    assigneeId,
    ...(statusId ? { statusId } : {}),
    record,
  };
  const types: DomainEventType[] = [];
  if (next.dueAt !== before.dueAt) types.push('activity.rescheduled');
  if (next.assigneeId !== before.assigneeId) types.push('activity.assigned');
  if (types.length === 0) types.push('activity.updated');
  const written = await ctx.store.activities.commit(
    {
      next,
      events: types.map((t) =>
        activityEvent(ctx, next, t, {
          ...(t === 'activity.rescheduled' ? { previousDueAt: before.dueAt } : {}),
          ...(t === 'activity.assigned' ? { previousAssigneeId: before.assigneeId } : {}),
          ...(target ? { previousRecordId: before.record.recordId } : {}),
        }),
      ),
      expectedVersion,
      ...(target ? { previousRecordId: before.record.recordId } : {}),
      sharedAs: sharedLevel(assignee.taskSharing, next.typeId),
    },
    ctx.commitId,
  );
  return written.ok ? ok(fullView(written.value)) : written;
}
