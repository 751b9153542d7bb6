import { getActivity, type Actor, type SharedActivity } from '@channel-crm/domain/server';
import type { AdaptiveCard } from '../cards/adaptive-card';
import type { CardText } from '../cards/card-text';
import { taskCard, type TaskSuggestion, type TaskViewer } from '../cards/task-card';
import type { BotServices } from '../bot-services';
import { contextFor, refusalCard } from './record-card';

export type TaskCardOptions = {
  actionId?: string;
  eventId?: string;
  headline?: string;
  notice?: string;
  suggestion?: TaskSuggestion;
};

/** The viewer's locale and time zone (their profile): how a card writes due dates. */
export async function taskViewer(services: BotServices, actor: Actor): Promise<TaskViewer> {
  const user = await services.store.users.get(actor.tenantId, actor.userId);
  return { locale: user?.locale ?? 'en', timeZone: user?.timeZone ?? 'UTC' };
}

/** A task's card for one viewer, from a task they may see (the use case's answer). */
export async function cardOfTask(
  services: BotServices,
  actor: Actor,
  task: SharedActivity,
  t: CardText,
  options: TaskCardOptions = {},
): Promise<AdaptiveCard> {
  const completedBy =
    'completedBy' in task && task.completedBy
      ? await services.store.users.get(actor.tenantId, task.completedBy)
      : undefined;
  return taskCard(
    {
      task,
      viewer: await taskViewer(services, actor),
      ...(completedBy ? { completedByName: completedBy.name } : {}),
      tab: services.tab,
      actionId: options.actionId ?? services.ids.uuid(),
      ...(options.eventId ? { eventId: options.eventId } : {}),
      ...(options.headline ? { headline: options.headline } : {}),
      ...(options.notice ? { notice: options.notice } : {}),
      ...(options.suggestion ? { suggestion: options.suggestion } : {}),
    },
    t,
  );
}

/**
 * The task's current card as the viewer may see it, through the same use case as the API
 * (task sharing decides: free/busy shows the slot, hidden answers not available).
 */
export async function taskCardFor(
  services: BotServices,
  actor: Actor,
  activityId: string,
  t: CardText,
  options: TaskCardOptions = {},
): Promise<AdaptiveCard> {
  const ctx = contextFor(services, actor, `read:${services.ids.uuid()}`);
  const task = await getActivity(ctx, activityId);
  if (!task.ok) return refusalCard(task.error, t);
  return cardOfTask(services, actor, task.value, t, options);
}
