import type { DomainEvent, NotificationSink } from '@channel-crm/domain/server';
import type { CardText } from '../cards/card-text';
import type { BotServices } from '../bot-services';
import type { Delivery } from './delivery';
import { planReminders } from './reminders';
import { deliverTaskNotice } from './task-delivery';

/** What the assignee hears of a change to their task made by someone else. */
function noticeOf(event: DomainEvent): ((t: CardText, actor: string) => string) | undefined {
  if (event.data.assigneeId === event.actorId) return undefined;
  switch (event.type) {
    // Planning a task for someone else is also its assignment (create-activity.ts).
    case 'activity.assigned':
      return (t, actor) => t.task.assignedToYou(actor);
    case 'activity.completed':
      return (t, actor) => t.task.completedByOther(actor);
    default:
      return undefined;
  }
}

/**
 * The dispatcher's sink for activity events: it plans their reminders, and tells the assignee
 * when someone else gave them a task or completed theirs (mute and digest respected).
 */
export function createTaskEventSink(
  services: BotServices,
  enqueue: (delivery: Delivery) => Promise<void>,
): NotificationSink {
  return async (events) => {
    await planReminders(services, events);
    for (const event of events) {
      const headline = noticeOf(event);
      const activityId = event.data.activityId;
      if (!headline || typeof activityId !== 'string') continue;
      const [activity, actor] = await Promise.all([
        services.store.activities.get(event.tenantId, activityId),
        services.store.users.get(event.tenantId, event.actorId),
      ]);
      if (!activity || activity.assigneeId !== event.data.assigneeId) continue;
      await deliverTaskNotice(services, enqueue, {
        activity,
        eventId: event.id,
        headline: (t) => headline(t, actor?.name ?? t.someone),
        at: event.at,
      });
    }
  };
}
