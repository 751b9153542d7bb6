import type { Actor } from '../actor';
import type { Activity, NextActivity, PlannedActivity, SharedActivity } from '../model/activity';
import {
  DEFAULT_TASK_SHARING,
  type TaskSharing,
  type TaskSharingLevel,
} from '../model/task-settings';

/**
 * What a viewer gets of an activity, in one place so the API, the tab and the bot agree:
 *
 * - its assignee and its creator: everything, and they may change it ('full');
 * - anyone else: what the assignee shares for its type (their `byType`, else their `default`,
 *   else 'none'), but never more than 'busy' when the viewer may not see the related record.
 *   That is judged on the fields the activity carries: a lead's, deal's or space task's space (admins and
 *   its members see it); an account's or contact's spaces or `global` flag (admins see all);
 *   a private account is shown to nobody but the assignee and the creator beyond 'busy'; a
 *   partner user, whose view depends on the record's partner, gets at most 'busy'.
 *
 * 'none' hides the activity (not listed, a 404 when asked for); 'busy' shows the slot only
 * (`busySlot`); 'read' shows everything; 'full' also lets the viewer edit and complete it.
 */
export function activityAccess(
  viewer: Actor,
  activity: Pick<Activity, 'assigneeId' | 'createdBy' | 'typeId' | 'record'>,
  assigneeSharing: TaskSharing | undefined,
): TaskSharingLevel {
  if (activity.assigneeId === viewer.userId || activity.createdBy === viewer.userId) return 'full';
  const shared = sharedLevel(assigneeSharing, activity.typeId);
  if (shared === 'none' || shared === 'busy') return shared;
  return maySeeRecord(viewer, activity.record) ? shared : 'busy';
}

/** What a user shares of their tasks of one type with colleagues. */
export function sharedLevel(sharing: TaskSharing | undefined, typeId: string): TaskSharingLevel {
  const { default: level, byType } = sharing ?? DEFAULT_TASK_SHARING;
  return byType?.[typeId] ?? level;
}

function maySeeRecord(viewer: Actor, record: Activity['record']): boolean {
  if (record.private === true || viewer.role === 'partner') return false;
  if (viewer.role === 'admin') return true;
  if (
    record.recordType === 'lead' ||
    record.recordType === 'opportunity' ||
    record.recordType === 'space'
  ) {
    return record.spaceId !== undefined && viewer.spaceIds.includes(record.spaceId);
  }
  return record.global === true || (record.spaceIds ?? []).some((s) => viewer.spaceIds.includes(s));
}

/** The free/busy view: when the assignee is busy, nothing of what with. */
export function busySlot(activity: Activity): SharedActivity {
  const { id, dueAt, allDay, durationMinutes, assigneeId } = activity;
  return { id, dueAt, allDay, durationMinutes, assigneeId, busy: true };
}

/** The activity as the viewer gets it at `access`; undefined when it is not shown at all. */
export function sharedActivity(
  activity: Activity,
  access: TaskSharingLevel,
): SharedActivity | undefined {
  switch (access) {
    case 'none':
      return undefined;
    case 'busy':
      return busySlot(activity);
    case 'read':
    case 'full':
      return { ...activity, access };
  }
}

/**
 * A record's next activity as the viewer may see it. The record holds the level its assignee
 * shared when the activity was last written; whoever sees the record passes the record check.
 */
export function nextActivityFor(viewer: Actor, planned: PlannedActivity): NextActivity | undefined {
  const { id, dueAt, allDay, assigneeId, title, kind } = planned;
  const own = assigneeId === viewer.userId || planned.createdBy === viewer.userId;
  const level = own ? 'full' : planned.sharedAs;
  if (level === 'none') return undefined;
  if (level === 'busy') return { id, dueAt, allDay, assigneeId, busy: true };
  return { id, dueAt, allDay, assigneeId, title, kind };
}

const isPlanned = (value: unknown): value is PlannedActivity =>
  typeof value === 'object' && value !== null && 'sharedAs' in value && 'assigneeId' in value;

/**
 * An answer with every record's next activity as the viewer may see it: the API applies it to
 * whatever a use case answers (one record, a page, a board), the bot to what a card shows.
 */
export function withVisibleNextActivities<T>(viewer: Actor, value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const items: unknown[] = value.map((item: unknown) => withVisibleNextActivities(viewer, item));
    return (items.some((item, index) => item !== value[index]) ? items : value) as T;
  }
  const record = value as { type?: unknown; nextActivity?: unknown };
  if (typeof record.type === 'string') {
    // A document holds no other document: only its own next activity may change.
    if (!('nextActivity' in record)) return value;
    const { nextActivity, ...rest } = record;
    const shown = isPlanned(nextActivity) ? nextActivityFor(viewer, nextActivity) : nextActivity;
    if (shown === nextActivity) return value;
    return (shown === undefined ? rest : { ...rest, nextActivity: shown }) as T;
  }
  // Copied only when something in it changes: most answers hold no next activity at all.
  let copy: Record<string, unknown> | undefined;
  for (const [key, field] of Object.entries(value)) {
    const shown =
      key !== 'nextActivity'
        ? withVisibleNextActivities(viewer, field)
        : isPlanned(field)
          ? nextActivityFor(viewer, field)
          : field;
    if (shown === field) continue;
    const changed: Record<string, unknown> = copy ?? { ...(value as Record<string, unknown>) };
    if (shown === undefined) delete changed[key];
    else changed[key] = shown;
    copy = changed;
  }
  return (copy ?? value) as T;
}
