import { TaskTemplateList, type TaskTemplate } from '../model/task-template';
import { notFound, type Result, ok } from '../result';
import type { KeyedDocumentAddress } from '../store/ports';
import type { UseCaseContext } from './context';

/** All task templates of a tenant live in one keyed document (a point read): they are few. */
const taskTemplatesAddress = (tenantId: string): KeyedDocumentAddress => ({
  kind: 'task-templates',
  tenantId,
  ownerId: tenantId,
  key: 'task-templates',
});

/** The tenant's templates in the order they were created; none until an admin adds one. */
export async function readTaskTemplates(ctx: UseCaseContext): Promise<TaskTemplate[]> {
  const stored = await ctx.store.keyedDocuments.get(taskTemplatesAddress(ctx.actor.tenantId));
  const parsed = stored ? TaskTemplateList.safeParse(stored) : undefined;
  return parsed?.success ? parsed.data.items : [];
}

export const writeTaskTemplates = (ctx: UseCaseContext, items: TaskTemplate[]) =>
  ctx.store.keyedDocuments.put(taskTemplatesAddress(ctx.actor.tenantId), { items });

/** One template of the list, or not found. */
export function templateIn(items: TaskTemplate[], id: string): Result<TaskTemplate> {
  const found = items.find((template) => template.id === id);
  return found ? ok(found) : notFound('task-template', id);
}
