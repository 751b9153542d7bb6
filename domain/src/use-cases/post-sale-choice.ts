import type { PostSaleTemplates } from '../model/task-template';
import { MAX_POST_SALE_TASKS } from '../rules/task-templates';
import { invalid } from '../result';
import type { UseCaseContext } from './context';
import { readTaskTemplates } from './task-templates-document';

/**
 * A pipeline's post-sale templates must exist when it is saved (400 on the unknown one's
 * position), and one outcome's templates may plan at most MAX_POST_SALE_TASKS tasks (400 on
 * that outcome). The templates are read only when some are named.
 */
export async function refuseUnknownPostSale(
  ctx: UseCaseContext,
  postSale: Partial<PostSaleTemplates> | undefined,
) {
  const named = (['won', 'lost'] as const).flatMap((outcome) =>
    (postSale?.[outcome] ?? []).map((id, index) => ({ path: `postSale.${outcome}.${index}`, id })),
  );
  if (named.length === 0) return undefined;
  const templates = new Map((await readTaskTemplates(ctx)).map((t) => [t.id, t]));
  const unknown = named.filter(({ id }) => !templates.has(id));
  if (unknown.length > 0)
    return invalid(
      unknown.map(({ path, id }) => ({
        path,
        message: `No task template ${id}`,
        code: 'field.invalid_option' as const,
        params: {},
      })),
    );
  const tooMany = (['won', 'lost'] as const).filter(
    (outcome) =>
      (postSale?.[outcome] ?? []).reduce((n, id) => n + templates.get(id)!.steps.length, 0) >
      MAX_POST_SALE_TASKS,
  );
  return tooMany.length === 0
    ? undefined
    : invalid(
        tooMany.map((outcome) => ({
          path: `postSale.${outcome}`,
          message: `At most ${MAX_POST_SALE_TASKS} post-sale tasks per outcome`,
          code: 'too_many_post_sale_tasks' as const,
          params: { max: MAX_POST_SALE_TASKS },
        })),
      );
}
