import type { TaskTemplate, UpdateTaskTemplateInput } from '../model/task-template';
import { nextVersion } from '../rules/changes';
import { canAdminister } from '../rules/permissions';
import { forbidden, ok, stale, type Result } from '../result';
import type { UseCaseContext } from './context';
import { changeTaskTemplates, templateIn, type TemplatesEdit } from './task-templates-document';
import { refuseUnknownTypes } from './template-types';

/** An admin renames a template or replaces its steps, guarded by the version they saw. */
export async function updateTaskTemplate(
  ctx: UseCaseContext,
  id: string,
  input: UpdateTaskTemplateInput,
  expectedVersion: number,
): Promise<Result<TaskTemplate>> {
  if (!canAdminister(ctx.actor)) return forbidden('Only an admin sets up templates', 'admin_only');
  const refused = input.steps ? await refuseUnknownTypes(ctx, input.steps) : undefined;
  return changeTaskTemplates(ctx, (items): TemplatesEdit<Result<TaskTemplate>> => {
    const current = templateIn(items, id);
    if (!current.ok) return { answer: current };
    if (current.value.version !== expectedVersion) return { answer: stale(current.value.version) };
    if (refused) return { answer: refused };
    const next = nextVersion(ctx, {
      ...current.value,
      ...(input.name === undefined ? {} : { name: input.name }),
      ...(input.steps === undefined ? {} : { steps: input.steps }),
    });
    return {
      items: items.map((template) => (template.id === id ? next : template)),
      answer: ok(next),
    };
  });
}
