import type { Activity, NotificationPreferences, User } from '@channel-crm/domain/server';
import { attachment } from '../cards/adaptive';
import { cardText, type CardText } from '../cards/card-text';
import { taskCard } from '../cards/task-card';
import type { BotServices } from '../bot-services';
import { deliveryKey, type Delivery } from './delivery';

/** One task notice for the task's assignee: a reminder, or what someone else did to it. */
export type TaskNotice = {
  activity: Activity;
  /** The event or reminder it announces: the dedupe key is this and the assignee. */
  eventId: string;
  headline(t: CardText): string;
  at: string;
};

export type TaskNoticeOutcome = 'sent' | 'held' | 'muted';

/** How a notice finds its assignee's profile and preferences (a run of many shares them). */
export type AssigneeReader = (
  tenantId: string,
  userId: string,
) => Promise<[NotificationPreferences, User | undefined]>;

/** Reads the assignee's preferences and profile: two point reads. */
export const readAssignee =
  (services: BotServices): AssigneeReader =>
  (tenantId, userId) =>
    Promise.all([
      services.state.preferences.get(tenantId, userId),
      services.store.users.get(tenantId, userId),
    ]);

/** The same reads, each done once for all the notices of one run. */
export function readAssigneeOnce(services: BotServices): AssigneeReader {
  const read = readAssignee(services);
  const known = new Map<string, ReturnType<AssigneeReader>>();
  return (tenantId, userId) => {
    const key = `${tenantId}|${userId}`;
    const found = known.get(key) ?? read(tenantId, userId);
    known.set(key, found);
    return found;
  };
}

/**
 * Tells the assignee of a task, as any notification: nothing for a record they muted, held
 * for their digest when they chose one, else their task card queued for the sender (whose
 * dedupe key makes a second delivery of the same notice harmless).
 */
export async function deliverTaskNotice(
  services: BotServices,
  enqueue: (delivery: Delivery) => Promise<void>,
  notice: TaskNotice,
  readAssigneeOf: AssigneeReader = readAssignee(services),
): Promise<TaskNoticeOutcome> {
  const { activity, eventId } = notice;
  const { tenantId, assigneeId } = activity;
  const [prefs, user] = await readAssigneeOf(tenantId, assigneeId);
  if (prefs.mutedRecordIds.includes(activity.record.recordId)) return 'muted';
  const t = cardText(user?.locale);
  const headline = notice.headline(t);
  if (prefs.mode === 'digest') {
    await services.state.digests.hold({
      tenantId,
      userId: assigneeId,
      eventId,
      recordType: activity.record.recordType,
      recordId: activity.record.recordId,
      recordTitle: activity.record.title,
      headline: `${headline} ${activity.title}`,
      at: notice.at,
    });
    return 'held';
  }
  const card = taskCard(
    {
      task: { ...activity, access: 'full' },
      viewer: { locale: user?.locale ?? 'en', timeZone: user?.timeZone ?? 'UTC' },
      tab: services.tab,
      actionId: services.ids.uuid(),
      eventId,
      headline,
    },
    t,
  );
  await enqueue({
    key: deliveryKey(eventId, assigneeId),
    tenantId,
    recipientId: assigneeId,
    eventId,
    recordId: activity.record.recordId,
    activity: { type: 'message', summary: headline, attachments: [attachment(card)] },
    attempt: 0,
  });
  return 'sent';
}
