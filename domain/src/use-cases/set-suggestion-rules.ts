import type { TaskSettings } from '../model/task-settings';
import type { SuggestionRulesInput } from '../model/task-template';
import { derivedId } from '../rules/deterministic-id';
import { canAdminister } from '../rules/permissions';
import { forbidden, ok, ruleBroken, stale, type Result } from '../result';
import type { UseCaseContext } from './context';
import { changeTaskSettings } from './task-settings-document';

/**
 * An admin replaces the suggestion rules (after a task of type X, propose type Y in N working
 * days), kept in the task settings and guarded by their version. A rule must name known types.
 */
export async function setSuggestionRules(
  ctx: UseCaseContext,
  input: SuggestionRulesInput,
  expectedVersion: number,
): Promise<Result<TaskSettings>> {
  if (!canAdminister(ctx.actor))
    return forbidden('Only an admin sets up suggestions', 'admin_only');
  return changeTaskSettings(ctx, (current) => {
    if (current.version !== expectedVersion) return stale(current.version);
    const known = new Set(current.types.map((type) => type.id));
    const unknown = input.rules
      .flatMap((rule) => [rule.afterTypeId, rule.suggestTypeId])
      .find((typeId) => !known.has(typeId));
    if (unknown !== undefined)
      return ruleBroken('task_type_unavailable', `Task type ${unknown} is unknown`, {
        type: unknown,
      });
    return ok({
      ...current,
      version: current.version + 1,
      suggestionRules: input.rules.map((rule, index) => ({
        ...rule,
        id: rule.id ?? derivedId(ctx.commitId, `rule-${index}`),
      })),
    });
  });
}
