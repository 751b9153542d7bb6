import type { SuggestionRule } from '../model/task-template';
import { dueAfterWorkingDays } from './task-schedule';

/** A task type as far as suggestions need it (the tenant's task settings hold them). */
export type SuggestableType = { id: string; name: string; active: boolean };

/** The next task proposed on completing one; the user accepts, edits or skips it. */
export type TaskSuggestion = {
  ruleId: string;
  typeId: string;
  title: string;
  dueAt: string;
  allDay: boolean;
};

/**
 * What to propose after completing a task: the first rule, in the admin's order, for the
 * completed task's type whose suggested type is active. A rule proposing a deactivated (or
 * unknown) type is skipped so a later one may apply; the completed task's own type may be
 * inactive, since old tasks of it still get completed. Delays count working days from `now`
 * in the time zone of whoever will do it.
 */
export function suggestNext(
  completed: { typeId: string },
  rules: readonly SuggestionRule[],
  context: { now: string; timeZone: string; types: readonly SuggestableType[] },
): TaskSuggestion | undefined {
  const activeTypes = new Map(
    context.types.filter((type) => type.active).map((type) => [type.id, type]),
  );
  for (const rule of rules) {
    const suggested = activeTypes.get(rule.suggestTypeId);
    if (rule.afterTypeId !== completed.typeId || !suggested) continue;
    return {
      ruleId: rule.id,
      typeId: suggested.id,
      title: rule.title ?? suggested.name,
      ...dueAfterWorkingDays(context.now, rule.delayDays, context.timeZone, rule.time),
    };
  }
  return undefined;
}
