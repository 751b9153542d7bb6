import type { TaskSettings } from '../model/task-settings';
import { ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { readTaskSettings } from './task-settings-document';

/** The tenant's task types and statuses, for everyone who picks or shows a task. */
export async function getTaskSettings(ctx: UseCaseContext): Promise<Result<TaskSettings>> {
  return ok(await readTaskSettings(ctx));
}
