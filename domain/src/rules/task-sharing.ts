import type { Actor } from '../actor';
import type { Activity, SharedActivity } from '../model/activity';
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
 *   That is judged on the fields the activity carries: a lead's or deal's space (admins and
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
  const sharing = assigneeSharing ?? DEFAULT_TASK_SHARING;
  const shared = sharing.byType?.[activity.typeId] ?? sharing.default;
  if (shared === 'none' || shared === 'busy') return shared;
  return maySeeRecord(viewer, activity.record) ? shared : 'busy';
}

function maySeeRecord(viewer: Actor, record: Activity['record']): boolean {
  if (record.private === true || viewer.role === 'partner') return false;
  if (viewer.role === 'admin') return true;
  if (record.recordType === 'lead' || record.recordType === 'opportunity') {
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
