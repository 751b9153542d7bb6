import { DEFAULT_TASK_SETTINGS, TaskSettings } from '../model/task-settings';
import type { Result } from '../result';
import type { KeyedDocument, KeyedDocumentAddress } from '../store/ports';
import type { UseCaseContext } from './context';

/** The tenant's task settings live in one keyed document (a point read). */
const taskSettingsAddress = (tenantId: string): KeyedDocumentAddress => ({
  kind: 'task-settings',
  tenantId,
  ownerId: tenantId,
  key: 'task-settings',
});

const settingsIn = (stored: KeyedDocument | undefined): TaskSettings => {
  const parsed = stored ? TaskSettings.safeParse(stored) : undefined;
  return parsed?.success ? parsed.data : DEFAULT_TASK_SETTINGS;
};

/** The tenant's task types and statuses; the defaults until an admin saves some. */
export async function readTaskSettings(ctx: UseCaseContext): Promise<TaskSettings> {
  return settingsIn(await ctx.store.keyedDocuments.get(taskSettingsAddress(ctx.actor.tenantId)));
}

/**
 * Saves what `edit` makes of the current settings when it succeeds. Another admin's save in
 * between makes `edit` run again on theirs, so neither change is lost.
 */
export const changeTaskSettings = (
  ctx: UseCaseContext,
  edit: (current: TaskSettings) => Result<TaskSettings>,
): Promise<Result<TaskSettings>> =>
  ctx.store.keyedDocuments.change<Result<TaskSettings>>(
    taskSettingsAddress(ctx.actor.tenantId),
    (stored) => {
      const answer = edit(settingsIn(stored));
      return answer.ok ? { next: answer.value, answer } : { answer };
    },
  );
