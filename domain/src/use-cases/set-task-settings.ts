import type { TaskSettings, TaskSettingsInput } from '../model/task-settings';
import { canAdminister } from '../rules/permissions';
import { forbidden, ok, stale, type Result } from '../result';
import type { UseCaseContext } from './context';
import { changeTaskSettings } from './task-settings-document';

/**
 * An admin adds, renames, reorders and (de)activates task types and statuses, guarded by the
 * version they saw. Types and statuses are never removed: one left out stays, deactivated,
 * because old tasks still name it.
 */
export async function setTaskSettings(
  ctx: UseCaseContext,
  input: TaskSettingsInput,
  expectedVersion: number,
): Promise<Result<TaskSettings>> {
  if (!canAdminister(ctx.actor)) return forbidden('Only an admin sets up task types', 'admin_only');
  const keep = <T extends { id: string; active: boolean }>(given: T[], before: T[]): T[] => [
    ...given,
    ...before
      .filter((old) => !given.some((item) => item.id === old.id))
      .map((old) => ({ ...old, active: false })),
  ];
  return changeTaskSettings(ctx, (current) => {
    if (current.version !== expectedVersion) return stale(current.version);
    return ok({
      version: current.version + 1,
      types: keep(input.types, current.types),
      statusesEnabled: input.statusesEnabled,
      statuses: keep(input.statuses, current.statuses),
      suggestionRules: current.suggestionRules,
    });
  });
}
