import type { ActivityView, CompletedActivity, SharedActivity } from '@channel-crm/domain';
import { card, execute, MAX_REFRESH_USERS, plain, text, type TaskActionData } from './adaptive';
import type { AdaptiveCard, CardAction, CardElement, Refresh } from './adaptive-card';
import type { CardText } from './card-text';
import { TASK_VERBS } from './card-verbs';
import { recordDeepLink, type TabLink } from './deep-link';

/** The next task the tenant's suggestion rules propose when one is completed. */
export type TaskSuggestion = NonNullable<CompletedActivity['suggestion']>;

/** Where a card shows a task's due date: in the viewer's locale and time zone. */
export type TaskViewer = { locale: string; timeZone: string };

export type TaskCardInput = {
  /** The task as the viewer may see it (free/busy: the slot only). */
  task: SharedActivity;
  viewer: TaskViewer;
  /** Who completed it, by name, when it is done. */
  completedByName?: string;
  tab: TabLink;
  actionId: string;
  /** On a notification: the event or reminder it announced, kept through its refreshes. */
  eventId?: string;
  /** What happened, on a notification ("This task is due."). */
  headline?: string;
  /** A line above the card: what the last press did or why it was refused. */
  notice?: string;
  /** The next task the suggestion rules propose, right after the viewer completed this one. */
  suggestion?: TaskSuggestion;
};

/** A task's card always asks Teams to refresh it for each viewer. */
export type TaskCard = AdaptiveCard & { refresh: Refresh };

const isBusy = (task: SharedActivity): task is Exclude<SharedActivity, ActivityView> =>
  'busy' in task;

/** "Mon, 2 Mar 2026, 09:00", or the day alone for an all-day task. */
export function formatDue(
  task: Pick<SharedActivity, 'dueAt' | 'allDay'>,
  viewer: TaskViewer,
  t: CardText,
): string {
  const options: Intl.DateTimeFormatOptions = task.allDay
    ? { dateStyle: 'medium' }
    : { dateStyle: 'medium', timeStyle: 'short' };
  const format = (timeZone: string) =>
    new Intl.DateTimeFormat(viewer.locale, { ...options, timeZone }).format(new Date(task.dueAt));
  let formatted: string;
  try {
    formatted = format(viewer.timeZone);
  } catch {
    formatted = format('UTC');
  }
  return task.allDay ? `${formatted} (${t.task.allDay})` : formatted;
}

export const taskActionData = (
  task: Pick<ActivityView, 'id' | 'version'>,
  input: Pick<TaskCardInput, 'actionId' | 'eventId'>,
): TaskActionData => ({
  activityId: task.id,
  version: task.version,
  actionId: input.actionId,
  ...(input.eventId ? { eventId: input.eventId } : {}),
});

/** Complete, and Snooze's three choices under it: only for who may change the task. */
export function taskEditActions(data: TaskActionData, t: CardText): CardAction[] {
  const snooze = (title: string, until: string) =>
    execute(title, TASK_VERBS.snooze, { ...data, until });
  return [
    { ...execute(t.task.complete, TASK_VERBS.complete, data), style: 'positive' },
    {
      type: 'Action.ShowCard',
      title: t.task.snooze,
      card: {
        type: 'AdaptiveCard',
        body: [],
        actions: [
          snooze(t.task.snoozeHour, 'hour'),
          snooze(t.task.snoozeTomorrow, 'tomorrow'),
          snooze(t.task.snoozeNextWeek, 'nextWeek'),
        ],
      },
    },
  ];
}

/**
 * A task's card: what happened, its title, record and due date, and for who may change it
 * Complete and Snooze (1 hour, tomorrow 9:00, next week), and Open on its record. A done task
 * says who did it; free/busy shows the slot without title or record. Its assignee, creator and
 * whoever completed it see their own card refreshed.
 */
export function taskCard(input: TaskCardInput, t: CardText): TaskCard {
  const { task } = input;
  // A free/busy slot shows no version; its card only refreshes, which reads.
  const data = taskActionData({ id: task.id, version: isBusy(task) ? 1 : task.version }, input);
  const head: CardElement[] = [
    ...(input.notice ? [text(plain(input.notice), { color: 'attention', weight: 'bolder' })] : []),
    ...(input.headline ? [text(plain(input.headline), { isSubtle: true })] : []),
  ];
  const due = { title: t.task.due, value: plain(formatDue(task, input.viewer, t)) };
  const refresh = (userIds: string[]) => ({
    action: execute(t.refresh, TASK_VERBS.refresh, data),
    userIds: [...new Set(userIds)].slice(0, MAX_REFRESH_USERS),
  });
  if (isBusy(task)) {
    return {
      ...card([...head, text(t.task.busy), { type: 'FactSet', facts: [due] }]),
      refresh: refresh([task.assigneeId]),
    };
  }
  const body: CardElement[] = [
    ...head,
    text(plain(task.title), { size: 'large', weight: 'bolder' }),
    {
      type: 'FactSet',
      facts: [{ title: t.task.record, value: plain(task.record.title) }, due],
    },
    ...(task.state === 'done'
      ? [text(plain(t.task.done(input.completedByName ?? t.someone)), { color: 'good' })]
      : []),
    ...(task.access === 'read' && task.state === 'planned' ? [text(t.task.readOnly)] : []),
  ];
  const { suggestion } = input;
  const actions: CardAction[] = [
    ...(task.access === 'full' && task.state === 'planned' ? taskEditActions(data, t) : []),
    ...(suggestion && task.state === 'done'
      ? [
          {
            ...execute(
              t.task.suggestNext(suggestion.title, formatDue(suggestion, input.viewer, t)),
              TASK_VERBS.acceptSuggestion,
              {
                ...data,
                suggestion: {
                  typeId: suggestion.typeId,
                  title: suggestion.title,
                  dueAt: suggestion.dueAt,
                  allDay: suggestion.allDay,
                },
              },
            ),
            style: 'positive' as const,
          },
        ]
      : []),
    ...openTaskRecord(task, input.tab, t),
  ];
  return {
    ...card(body, actions),
    refresh: refresh([
      task.assigneeId,
      task.createdBy,
      ...(task.completedBy ? [task.completedBy] : []),
    ]),
  };
}

/** "Open in tab" on the task's record; a space's task has no record page to open. */
export function openTaskRecord(task: ActivityView, tab: TabLink, t: CardText): CardAction[] {
  const { recordType, recordId } = task.record;
  return recordType === 'space'
    ? []
    : [
        {
          type: 'Action.OpenUrl',
          title: t.openInTab,
          url: recordDeepLink(tab, recordType, recordId),
        },
      ];
}
