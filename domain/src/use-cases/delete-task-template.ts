import type { TaskTemplate } from '../model/task-template';
import { canAdminister } from '../rules/permissions';
import { forbidden, ok, stale, type Result } from '../result';
import type { UseCaseContext } from './context';
import { readTaskTemplates, templateIn, writeTaskTemplates } from './task-templates-document';

/**
 * An admin deletes a template. Tasks it created stay; a pipeline still naming it for post-sale
 * simply applies nothing for it.
 */
export async function deleteTaskTemplate(
  ctx: UseCaseContext,
  id: string,
  expectedVersion: number,
): Promise<Result<TaskTemplate>> {
  if (!canAdminister(ctx.actor)) return forbidden('Only an admin sets up templates', 'admin_only');
  const items = await readTaskTemplates(ctx);
  const current = templateIn(items, id);
  if (!current.ok) return current;
  if (current.value.version !== expectedVersion) return stale(current.value.version);
  await writeTaskTemplates(
    ctx,
    items.filter((template) => template.id !== id),
  );
  return ok(current.value);
}
