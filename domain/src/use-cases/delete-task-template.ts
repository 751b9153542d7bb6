import type { TaskTemplate } from '../model/task-template';
import { canAdminister } from '../rules/permissions';
import { forbidden, ok, stale, type Result } from '../result';
import type { UseCaseContext } from './context';
import { changeTaskTemplates, templateIn, type TemplatesEdit } from './task-templates-document';

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
  return changeTaskTemplates(ctx, (items): TemplatesEdit<Result<TaskTemplate>> => {
    const current = templateIn(items, id);
    if (!current.ok) return { answer: current };
    if (current.value.version !== expectedVersion) return { answer: stale(current.value.version) };
    return {
      items: items.filter((template) => template.id !== id),
      answer: ok(current.value),
    };
  });
}
