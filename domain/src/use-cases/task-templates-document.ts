import { TaskTemplateList, type TaskTemplate } from '../model/task-template';
import { notFound, type Result, ok } from '../result';
import type { UseCaseContext } from './context';
import { keyedList, type KeyedListEdit } from './keyed-list';

/** All task templates of a tenant live in one keyed document (a point read): they are few. */
const taskTemplates = keyedList(TaskTemplateList, (ctx) => ({
  kind: 'task-templates',
  tenantId: ctx.actor.tenantId,
  ownerId: ctx.actor.tenantId,
  key: 'task-templates',
}));

/** The tenant's templates in the order they were created; none until an admin adds one. */
export const readTaskTemplates = (ctx: UseCaseContext): Promise<TaskTemplate[]> =>
  taskTemplates.read(ctx);

/** What an edit of the template list decides: the next list and the answer, or only an answer. */
export type TemplatesEdit<Answer> = KeyedListEdit<TaskTemplate, Answer>;

/**
 * Writes the list `edit` makes of the current one. Another admin's write in between makes
 * `edit` run again on their list, so two admins saving at once both land.
 */
export const changeTaskTemplates = <Answer>(
  ctx: UseCaseContext,
  edit: (items: TaskTemplate[]) => TemplatesEdit<Answer>,
): Promise<Answer> => taskTemplates.change(ctx, edit);

/** One template of the list, or not found. */
export function templateIn(items: TaskTemplate[], id: string): Result<TaskTemplate> {
  const found = items.find((template) => template.id === id);
  return found ? ok(found) : notFound('task-template', id);
}
