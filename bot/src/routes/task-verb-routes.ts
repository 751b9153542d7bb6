import {
  completeActivity,
  createActivity,
  CreateActivityInput,
  getActivity,
  updateActivity,
  type ActivityView,
  notFound,
  type CompletedActivity,
  type Result,
  type UseCaseContext,
} from '@channel-crm/domain/server';
import { TASK_VERBS, type TaskVerb } from '../cards/card-verbs';
import { errorCard } from '../cards/error-card';
import { errorText } from '../cards/error-text';
import { formatDue } from '../cards/task-card';
import { snoozedUntil } from '../notifier/reminder-times';
import { myDayCardFor } from '../views/my-day';
import { contextFor, refusalCard } from '../views/record-card';
import { taskCardFor, taskViewer } from '../views/task-card';
import { refuseInputs } from './card-action-data';
import { runOnce } from './claim-press';
import { cardAnswer, cardInvokeOf } from './invoke';
import type { UserRoute, UserTurn } from './route';
import { parseTaskAction, type TaskAction } from './task-action-data';

type TaskVerbTurn = UserTurn & { action: TaskAction; ctx: UseCaseContext };

type TaskVerbSpec = {
  name: string;
  verb: Exclude<TaskVerb, typeof TASK_VERBS.refresh>;
  handle(turn: TaskVerbTurn): Promise<Result<ActivityView | CompletedActivity>>;
  /** The task whose card answers the press: the pressed one unless the verb made another. */
  answers?(action: TaskAction, written: ActivityView): string;
  /** What the answering card says the press did, when the card alone does not show it. */
  notice?(
    turn: TaskVerbTurn,
    written: ActivityView,
  ): Promise<string | undefined> | string | undefined;
};

/**
 * A task card's verb, for CRM users: like a record's card verb (`recordVerbRoute`), it runs the
 * API's use case once per press (`runOnce`) as the user who pressed, and answers the task's
 * current card as they may see it, or the `my day` list it was pressed on.
 */
export function taskVerbRoute(spec: TaskVerbSpec): UserRoute {
  return {
    kind: 'crmUser',
    name: spec.name,
    match: (a) => cardInvokeOf(a)?.verb === spec.verb,
    async handle(turn) {
      const { services, actor, t } = turn;
      const action = parseTaskAction(cardInvokeOf(turn.turn.activity)!.data);
      if (!action) return cardAnswer(errorCard(t.didNotWork, t.unknownAction));
      const key = [`action:${action.actionId}`, spec.verb, action.activityId, action.until]
        .filter(Boolean)
        .join(':');
      const ctx = contextFor(services, actor, `card:${key}`);
      const verbTurn = { ...turn, action, ctx };
      const result = await runOnce(services, actor.tenantId, key, () => spec.handle(verbTurn));
      let notice: string | undefined;
      const suggestion =
        result?.ok && 'suggestion' in result.value ? result.value.suggestion : undefined;
      const answered =
        result?.ok && spec.answers ? spec.answers(action, result.value) : action.activityId;
      if (result && !result.ok) {
        const { kind } = result.error;
        if (kind !== 'stale' && kind !== 'validation' && kind !== 'rule')
          return cardAnswer(refusalCard(result.error, t));
        notice = errorText(result.error, t);
      } else if (result?.ok) {
        notice = await spec.notice?.(verbTurn, result.value);
      }
      const answer =
        action.list === 'myDay'
          ? await myDayCardFor(services, actor, t, notice)
          : await taskCardFor(services, actor, answered, t, {
              ...(action.eventId ? { eventId: action.eventId } : {}),
              ...(notice ? { notice } : {}),
              ...(suggestion ? { suggestion } : {}),
            });
      return cardAnswer(answer);
    },
  };
}

/** Completing a done task changes nothing (the use case answers it as it is). */
export const completeTaskRoute = taskVerbRoute({
  name: 'card.completeTask',
  verb: TASK_VERBS.complete,
  handle: ({ ctx, action }) => completeActivity(ctx, action.activityId),
  notice: ({ action, t }, done) =>
    action.list === 'myDay' ? t.task.completedNotice(done.title) : undefined,
});

export const snoozeTaskRoute = taskVerbRoute({
  name: 'card.snoozeTask',
  verb: TASK_VERBS.snooze,
  async handle({ ctx, action, services, actor }) {
    const { timeZone } = await taskViewer(services, actor);
    const dueAt = snoozedUntil(action.until ?? 'hour', services.clock.now(), timeZone);
    return updateActivity(ctx, action.activityId, { dueAt, allDay: false }, action.version);
  },
  notice: async ({ services, actor, t }, snoozed) =>
    t.task.snoozedUntil(formatDue(snoozed, await taskViewer(services, actor), t)),
});

/**
 * The next task the suggestion rules proposed on completing one, planned in one click on its
 * record for its assignee (nothing was stored for it: this is the API's create).
 */
export const acceptSuggestionRoute = taskVerbRoute({
  name: 'card.acceptSuggestion',
  verb: TASK_VERBS.acceptSuggestion,
  async handle({ ctx, action }) {
    const completed = await getActivity(ctx, action.activityId);
    if (!completed.ok) return completed;
    if ('busy' in completed.value) return notFound('activity', action.activityId);
    const { record, assigneeId } = completed.value;
    const input = CreateActivityInput.safeParse({
      ...action.suggestion,
      recordType: record.recordType,
      recordId: record.recordId,
      assigneeId,
    });
    if (!input.success) return refuseInputs(input.error);
    return createActivity(ctx, input.data);
  },
  answers: (_action, planned) => planned.id,
  notice: ({ t }, planned) => t.task.suggestionPlanned(planned.title),
});

/** Teams asks for each viewer's own task card: read only. */
export const taskRefreshRoute: UserRoute = {
  kind: 'crmUser',
  name: 'card.refreshTask',
  match: (a) => cardInvokeOf(a)?.verb === TASK_VERBS.refresh,
  async handle({ turn, services, actor, t }) {
    const action = parseTaskAction(cardInvokeOf(turn.activity)!.data);
    if (!action) return cardAnswer(errorCard(t.didNotWork, t.cardDamaged));
    return cardAnswer(
      await taskCardFor(services, actor, action.activityId, t, {
        ...(action.eventId ? { eventId: action.eventId } : {}),
      }),
    );
  },
};

export const TASK_VERB_ROUTES: UserRoute[] = [
  completeTaskRoute,
  snoozeTaskRoute,
  acceptSuggestionRoute,
  taskRefreshRoute,
];
