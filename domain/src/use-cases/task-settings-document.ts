import { DEFAULT_TASK_SETTINGS, TaskSettings } from '../model/task-settings';
import type { KeyedDocumentAddress } from '../store/ports';
import type { UseCaseContext } from './context';

/** The tenant's task settings live in one keyed document (a point read). */
export const taskSettingsAddress = (tenantId: string): KeyedDocumentAddress => ({
  kind: 'task-settings',
  tenantId,
  ownerId: tenantId,
  key: 'task-settings',
});

/** The tenant's task types and statuses; the defaults until an admin saves some. */
export async function readTaskSettings(ctx: UseCaseContext): Promise<TaskSettings> {
  const stored = await ctx.store.keyedDocuments.get(taskSettingsAddress(ctx.actor.tenantId));
  const parsed = stored ? TaskSettings.safeParse(stored) : undefined;
  return parsed?.success ? parsed.data : DEFAULT_TASK_SETTINGS;
}
