import type { Activity, ActivityRecord, ActivityView, SharedActivity } from '../model/activity';
import type { DomainEvent, DomainEventType } from '../events';
import type { TaskSettings } from '../model/task-settings';
import type { User } from '../model/user';
import { activityAccess, sharedActivity } from '../rules/task-sharing';
import { recordTitle } from '../rules/record-title';
import { fail, notFound, ok, ruleBroken, type Result } from '../result';
import type { CrmRecord } from '../store/ports';
import type { UseCaseContext } from './context';

/** Each activity as the actor may see it under its assignee's sharing; hidden ones left out. */
export async function sharedWithActor(
  ctx: UseCaseContext,
  activities: Activity[],
): Promise<SharedActivity[]> {
  const others = [
    ...new Set(activities.map((a) => a.assigneeId).filter((id) => id !== ctx.actor.userId)),
  ];
  const users = await ctx.store.users.getMany(ctx.actor.tenantId, others);
  const sharing = new Map(users.map((u) => [u.id, u.taskSharing]));
  return activities.flatMap(
    (a) => sharedActivity(a, activityAccess(ctx.actor, a, sharing.get(a.assigneeId))) ?? [],
  );
}

const assigneeSharing = async (ctx: UseCaseContext, activity: Activity) =>
  activity.assigneeId === ctx.actor.userId
    ? undefined
    : (await ctx.store.users.get(ctx.actor.tenantId, activity.assigneeId))?.taskSharing;

/** One activity as the actor may see it; not found when its assignee shares nothing. */
export async function visibleActivity(
  ctx: UseCaseContext,
  id: string,
): Promise<Result<SharedActivity>> {
  const activity = await ctx.store.activities.get(ctx.actor.tenantId, id);
  if (!activity) return notFound('activity', id);
  const view = sharedActivity(
    activity,
    activityAccess(ctx.actor, activity, await assigneeSharing(ctx, activity)),
  );
  return view ? ok(view) : notFound('activity', id);
}

/**
 * An activity the actor may change: its assignee, its creator, or a colleague it is shared
 * with in full. Hidden or free/busy answers not found; read-only answers forbidden.
 */
export async function editableActivity(ctx: UseCaseContext, id: string): Promise<Result<Activity>> {
  const activity = await ctx.store.activities.get(ctx.actor.tenantId, id);
  if (!activity) return notFound('activity', id);
  const access = activityAccess(ctx.actor, activity, await assigneeSharing(ctx, activity));
  if (access === 'full') return ok(activity);
  if (access === 'read') {
    return fail({
      kind: 'forbidden',
      message: 'Its assignee shares this activity read-only',
      code: 'activity_read_only',
      params: {},
    });
  }
  return notFound('activity', id);
}

/** What an activity keeps of its related record: how to find, show and guard it. */
export function activityRecordOf(record: CrmRecord): ActivityRecord {
  const base = { recordType: record.type, recordId: record.id };
  switch (record.type) {
    case 'lead':
    case 'opportunity':
      return { ...base, spaceId: record.spaceId, title: recordTitle(record) };
    case 'account':
      return {
        ...base,
        spaceIds: record.spaceIds,
        global: record.global,
        ...(record.private ? { private: true } : {}),
        title: record.name,
      };
    case 'contact':
      return {
        ...base,
        spaceIds: record.spaceIds,
        global: record.global,
        title: [record.firstName, record.lastName].filter(Boolean).join(' '),
      };
  }
}

/** An active task type of the tenant, or why it may not be picked. */
export function pickableType(settings: TaskSettings, typeId: string) {
  const type = settings.types.find((t) => t.id === typeId && t.active);
  return type
    ? ok(type)
    : ruleBroken('task_type_unavailable', `Task type ${typeId} is unknown or inactive`, {
        type: typeId,
      });
}

/** An assignee of a lead's or deal's activity must be a member of its space (422). */
export function refuseOutsider(assignee: User, spaceId: string | undefined) {
  return spaceId === undefined || assignee.spaceIds.includes(spaceId)
    ? undefined
    : ruleBroken('user_not_in_space', `${assignee.id} is not a member of this record's space`, {
        user: assignee.id,
      });
}

/** A status may be set only while statuses are on, and only an active one. */
export function refuseStatus(settings: TaskSettings, statusId: string | undefined) {
  if (statusId === undefined) return undefined;
  if (!settings.statusesEnabled) {
    return ruleBroken('task_statuses_off', 'Task statuses are switched off for this tenant');
  }
  return settings.statuses.some((s) => s.id === statusId && s.active)
    ? undefined
    : ruleBroken('task_status_unavailable', `Task status ${statusId} is unknown or inactive`, {
        status: statusId,
      });
}

/**
 * An event of an activity, carried by its related record's outbox (the store sets the record's
 * version). It names the activity, never its title or notes, so erasure has nothing to scrub.
 */
export function activityEvent(
  ctx: UseCaseContext,
  activity: Activity,
  type: DomainEventType,
  data: Record<string, unknown> = {},
): DomainEvent {
  const { record } = activity;
  return {
    id: ctx.ids.uuid(),
    type,
    tenantId: activity.tenantId,
    recordType: record.recordType,
    recordId: record.recordId,
    ...(record.spaceId ? { spaceId: record.spaceId } : {}),
    actorId: ctx.actor.userId,
    at: ctx.clock.now(),
    version: 0,
    changes: [],
    data: {
      activityId: activity.id,
      assigneeId: activity.assigneeId,
      typeId: activity.typeId,
      kind: activity.kind,
      dueAt: activity.dueAt,
      ...data,
    },
  };
}

/** The actor's own view of an activity they just wrote. */
export const fullView = (activity: Activity): ActivityView => ({ ...activity, access: 'full' });
