import { TaskTemplateList, type TaskTemplate } from '../model/task-template';
import { notFound, type Result, ok } from '../result';
import type { KeyedDocument, KeyedDocumentAddress } from '../store/ports';
import type { UseCaseContext } from './context';

/** All task templates of a tenant live in one keyed document (a point read): they are few. */
const taskTemplatesAddress = (tenantId: string): KeyedDocumentAddress => ({
  kind: 'task-templates',
  tenantId,
  ownerId: tenantId,
  key: 'task-templates',
});

const templatesIn = (stored: KeyedDocument | undefined): TaskTemplate[] => {
  const parsed = stored ? TaskTemplateList.safeParse(stored) : undefined;
  return parsed?.success ? parsed.data.items : [];
};

/** The tenant's templates in the order they were created; none until an admin adds one. */
export async function readTaskTemplates(ctx: UseCaseContext): Promise<TaskTemplate[]> {
  return templatesIn(await ctx.store.keyedDocuments.get(taskTemplatesAddress(ctx.actor.tenantId)));
}

/** What an edit of the template list decides: the next list and the answer, or only an answer. */
export type TemplatesEdit<Answer> = { items: TaskTemplate[]; answer: Answer } | { answer: Answer };

/**
 * Writes the list `edit` makes of the current one. Another admin's write in between makes
 * `edit` run again on their list, so two admins saving at once both land.
 */
export const changeTaskTemplates = <Answer>(
  ctx: UseCaseContext,
  edit: (items: TaskTemplate[]) => TemplatesEdit<Answer>,
): Promise<Answer> =>
  ctx.store.keyedDocuments.change(taskTemplatesAddress(ctx.actor.tenantId), (stored) => {
    const decided = edit(templatesIn(stored));
    return 'items' in decided
      ? { next: { items: decided.items }, answer: decided.answer }
      : { answer: decided.answer };
  });

/** One template of the list, or not found. */
export function templateIn(items: TaskTemplate[], id: string): Result<TaskTemplate> {
  const found = items.find((template) => template.id === id);
  return found ? ok(found) : notFound('task-template', id);
}
