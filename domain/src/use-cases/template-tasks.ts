import type { Activity, ActivityRecord } from '../model/activity';
import type { DomainEventType } from '../events';
import type { TaskSettings } from '../model/task-settings';
import type { TaskTemplate } from '../model/task-template';
import type { User } from '../model/user';
import { creationMeta } from '../rules/changes';
import { planTemplate } from '../rules/task-templates';
import { sharedLevel } from '../rules/task-sharing';
import type { PlannedTasks } from '../store/planned-tasks';
import { activityEvent } from './activity-access';
import type { UseCaseContext } from './context';

/**
 * The tasks of one run of each template on a record, due from `anchor` in the assignee's time
 * zone, ready for `commitPlanned` or a record's commit. A step whose type was since removed is
 * a plain task.
 */
export function templateTasks(
  ctx: UseCaseContext,
  runs: { template: Pick<TaskTemplate, 'steps'>; runKey: string }[],
  target: { record: ActivityRecord; assignee: User; anchor: string; settings: TaskSettings },
): PlannedTasks {
  const { record, assignee, anchor, settings } = target;
  const items = runs.flatMap(({ template, runKey }) =>
    planTemplate(template, {
      anchor,
      timeZone: assignee.timeZone,
      assigneeId: assignee.id,
      runKey,
    }).map((planned) => {
      const activity: Activity = {
        ...creationMeta(ctx, planned.id),
        type: 'activity',
        typeId: planned.typeId,
        kind: settings.types.find((type) => type.id === planned.typeId)?.kind ?? 'task',
        title: planned.title,
        dueAt: planned.dueAt,
        allDay: planned.allDay,
        durationMinutes: planned.durationMinutes ?? (planned.allDay ? 0 : 30),
        assigneeId: planned.assigneeId,
        state: 'planned',
        record,
        templateRunId: planned.templateRunId,
      };
      const types: DomainEventType[] = ['activity.created'];
      if (assignee.id !== ctx.actor.userId) types.push('activity.assigned');
      return {
        activity,
        events: types.map((type) => activityEvent(ctx, activity, type, { templateRunId: runKey })),
      };
    }),
  );
  return {
    runKeys: runs.map((run) => run.runKey),
    items,
    sharedAs: (typeId) => sharedLevel(assignee.taskSharing, typeId),
  };
}
