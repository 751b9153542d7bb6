import type { CreateTaskTemplateInput, TaskTemplate } from '../model/task-template';
import { creationMeta } from '../rules/changes';
import { derivedId } from '../rules/deterministic-id';
import { canAdminister } from '../rules/permissions';
import { forbidden, ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { changeTaskTemplates } from './task-templates-document';
import { refuseUnknownTypes } from './template-types';

/** An admin adds a template; a retried request (same commit id) adds it once. */
export async function createTaskTemplate(
  ctx: UseCaseContext,
  input: CreateTaskTemplateInput,
): Promise<Result<TaskTemplate>> {
  if (!canAdminister(ctx.actor)) return forbidden('Only an admin sets up templates', 'admin_only');
  const refused = await refuseUnknownTypes(ctx, input.steps);
  if (refused) return refused;
  const id = derivedId(ctx.commitId, 'task-template');
  const template: TaskTemplate = {
    ...creationMeta(ctx, id),
    type: 'task-template',
    name: input.name,
    steps: input.steps,
  };
  return changeTaskTemplates(ctx, (items) => {
    const existing = items.find((stored) => stored.id === id);
    return existing
      ? { answer: ok(existing) }
      : { items: [...items, template], answer: ok(template) };
  });
}
