import {
  addLocalDays,
  addWorkingDaysToDate,
  localDateOf,
  localTimeToInstant,
  type Activity,
} from '@channel-crm/domain';
import type { PlannedReminder } from './state';

/** The local hour an all-day task is due at, an overdue one is told at, and a snooze ends at. */
export const REMINDER_LOCAL_TIME = '09:00';

/**
 * When the assignee hears of a planned task, in their time zone: a timed task at its due time,
 * an all-day task at 09:00 on its day; and, if it is still open, once more at 09:00 on the
 * next working day after its due day (a Friday task is overdue on Monday, not on Saturday).
 * Instants already past are left out: nobody is reminded of the past.
 */
export function remindersOf(
  activity: Pick<Activity, 'tenantId' | 'id' | 'dueAt' | 'allDay' | 'assigneeId'>,
  timeZone: string,
  now: string,
): PlannedReminder[] {
  const dueDay = localDateOf(activity.dueAt, timeZone);
  const dueAt = activity.allDay
    ? localTimeToInstant(dueDay, REMINDER_LOCAL_TIME, timeZone)
    : activity.dueAt;
  const overdueAt = localTimeToInstant(
    addWorkingDaysToDate(addLocalDays(dueDay, 1), 0),
    REMINDER_LOCAL_TIME,
    timeZone,
  );
  const base = {
    tenantId: activity.tenantId,
    activityId: activity.id,
    dueAt: activity.dueAt,
    assigneeId: activity.assigneeId,
  };
  const nowMinute = now.slice(0, 16);
  return [
    { ...base, kind: 'due' as const, at: toMinute(dueAt) },
    { ...base, kind: 'overdue' as const, at: toMinute(overdueAt) },
  ].filter((r) => r.at.slice(0, 16) >= nowMinute);
}

/** An instant rounded down to its minute, as the schedule keys it. */
export const toMinute = (instant: string) =>
  `${new Date(Date.parse(instant)).toISOString().slice(0, 16)}:00.000Z`;

/** Where a snooze from a card moves a task, in the assignee's time zone. */
export type SnoozeChoice = 'hour' | 'tomorrow' | 'nextWeek';

export function snoozedUntil(choice: SnoozeChoice, now: string, timeZone: string): string {
  const today = localDateOf(now, timeZone);
  switch (choice) {
    case 'hour':
      return toMinute(new Date(Date.parse(now) + 3_600_000).toISOString());
    case 'tomorrow':
      return localTimeToInstant(addLocalDays(today, 1), REMINDER_LOCAL_TIME, timeZone);
    case 'nextWeek': {
      // The Monday after today (a Monday snoozes to the Monday a week on).
      const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
      return localTimeToInstant(
        addLocalDays(today, (8 - weekday) % 7 || 7),
        REMINDER_LOCAL_TIME,
        timeZone,
      );
    }
  }
}
