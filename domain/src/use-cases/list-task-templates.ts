import type { TaskTemplate } from '../model/task-template';
import { ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { readTaskTemplates } from './task-templates-document';

/** Everyone may list the templates, to apply one. */
export async function listTaskTemplates(
  ctx: UseCaseContext,
): Promise<Result<{ items: TaskTemplate[] }>> {
  return ok({ items: await readTaskTemplates(ctx) });
}
