import type { ActivityView } from '@channel-crm/domain';
import { card, execute, plain, text } from './adaptive';
import type { AdaptiveCard, CardElement, Container } from './adaptive-card';
import type { CardText } from './card-text';
import { TASK_VERBS } from './card-verbs';
import type { TabLink } from './deep-link';
import { formatDue, openTaskRecord, taskActionData, type TaskViewer } from './task-card';

export type MyDay = { overdue: ActivityView[]; today: ActivityView[] };

/** One task of the list: title, record and due date, Complete and its record. */
function taskLine(
  task: ActivityView,
  viewer: TaskViewer,
  tab: TabLink,
  actionId: string,
  t: CardText,
): Container {
  const data = { ...taskActionData(task, { actionId }), list: 'myDay' as const };
  return {
    type: 'Container',
    separator: true,
    items: [
      text(plain(task.title), { weight: 'bolder' }),
      text(plain(`${task.record.title} · ${formatDue(task, viewer, t)}`), {
        isSubtle: true,
        spacing: 'none',
      }),
      {
        type: 'ActionSet',
        actions: [
          execute(t.task.complete, TASK_VERBS.complete, data),
          ...openTaskRecord(task, tab, t),
        ],
      },
    ],
  };
}

/** `my day`: the viewer's overdue tasks, then today's, each with Complete. */
export function myDayCard(
  day: MyDay,
  viewer: TaskViewer,
  tab: TabLink,
  actionId: string,
  t: CardText,
  notice?: string,
): AdaptiveCard {
  const section = (title: string, tasks: ActivityView[]): CardElement[] =>
    tasks.length === 0
      ? []
      : [
          text(title, { weight: 'bolder', spacing: 'medium' }),
          ...tasks.map((task) => taskLine(task, viewer, tab, actionId, t)),
        ];
  const empty = day.overdue.length === 0 && day.today.length === 0;
  return card([
    ...(notice ? [text(plain(notice), { color: 'good', weight: 'bolder' })] : []),
    text(t.task.myDay, { weight: 'bolder', size: 'medium' }),
    ...(empty ? [text(t.task.nothingDue)] : []),
    ...section(t.task.overdue, day.overdue),
    ...section(t.task.today, day.today),
  ]);
}
