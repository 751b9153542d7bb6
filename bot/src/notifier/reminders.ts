import type { DomainEvent, DomainEventType } from '@channel-crm/domain/server';
import type { BotServices } from '../bot-services';
import type { Delivery } from './delivery';
import { remindersOf, toMinute } from './reminder-times';
import type { PlannedReminder } from './state';
import { deliverTaskNotice, readAssigneeOnce } from './task-delivery';

/** The events after which an activity's reminders are planned (again) from what it now is. */
const PLANNING_EVENTS: ReadonlySet<DomainEventType> = new Set<DomainEventType>([
  'activity.created',
  'activity.rescheduled',
  'activity.assigned',
  'activity.reopened',
]);

/** How far back the first run of the timer looks. */
const FIRST_RUN_LOOKBACK_MS = 3_600_000;
/** Reminders checked and sent side by side in one run. */
export const REMINDER_CONCURRENCY = 16;

const activityIdOf = (event: DomainEvent) =>
  typeof event.data.activityId === 'string' ? event.data.activityId : undefined;

/**
 * Plans the reminders of the activities these events created, rescheduled, reassigned or
 * reopened: a point read of each and of its assignee (their time zone), and one schedule row
 * per reminder. The rows it leaves behind for an earlier due date are stale and skipped when
 * their minute comes.
 */
export async function planReminders(services: BotServices, events: DomainEvent[]): Promise<void> {
  const planned = new Set<string>();
  for (const event of events) {
    const activityId = activityIdOf(event);
    if (!activityId || !PLANNING_EVENTS.has(event.type) || planned.has(activityId)) continue;
    planned.add(activityId);
    const activity = await services.store.activities.get(event.tenantId, activityId);
    if (!activity || activity.state !== 'planned') continue;
    const assignee = await services.store.users.get(event.tenantId, activity.assigneeId);
    await services.state.reminders.plan(
      remindersOf(activity, assignee?.timeZone ?? 'UTC', services.clock.now()),
    );
  }
}

export type ReminderRun = { sent: number; held: number; skipped: number };

/** Runs `work` over `items`, at most `limit` at once. */
async function eachAtMost<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * The reminder timer's work (every minute): reads the schedule's minutes since its last run
 * (one range query per hour, never the container), point-reads each task, and tells its
 * assignee only if the task is still planned, still theirs and still due when the reminder
 * was planned (a snooze or reschedule made the row stale). Its last minute is read again, so
 * a row planned while a run was reading is not missed; the sender's dedupe key
 * (reminder, due date, assignee) makes a reminder arrive once.
 */
export async function sendDueReminders(
  services: BotServices,
  enqueue: (delivery: Delivery) => Promise<void>,
): Promise<ReminderRun> {
  const now = toMinute(services.clock.now());
  const last = await services.state.reminders.lastRun();
  const from = new Date(
    last ? Date.parse(last) - 60_000 : Date.parse(now) - FIRST_RUN_LOOKBACK_MS,
  ).toISOString();
  const due = await services.state.reminders.between(from, now);
  const run: ReminderRun = { sent: 0, held: 0, skipped: 0 };
  const assignees = readAssigneeOnce(services);
  await eachAtMost(due, REMINDER_CONCURRENCY, async (reminder: PlannedReminder) => {
    const activity = await services.store.activities.get(reminder.tenantId, reminder.activityId);
    const current =
      activity?.state === 'planned' &&
      activity.dueAt === reminder.dueAt &&
      activity.assigneeId === reminder.assigneeId;
    if (!current) {
      run.skipped += 1;
      return;
    }
    const outcome = await deliverTaskNotice(
      services,
      enqueue,
      {
        activity,
        eventId: `reminder:${reminder.kind}:${activity.id}:${reminder.dueAt}`,
        headline: (t) => (reminder.kind === 'due' ? t.task.reminderDue : t.task.reminderOverdue),
        at: reminder.at,
      },
      assignees,
    );
    if (outcome === 'sent') run.sent += 1;
    else if (outcome === 'held') run.held += 1;
    else run.skipped += 1;
  });
  await services.state.reminders.drop(due);
  await services.state.reminders.setLastRun(now);
  return run;
}
