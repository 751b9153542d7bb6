import type { PostSaleTemplates } from '../model/task-template';
import { invalid } from '../result';
import type { UseCaseContext } from './context';
import { readTaskTemplates } from './task-templates-document';

/**
 * A pipeline's post-sale templates must exist when it is saved (400 on the unknown one's
 * position). The templates are read only when some are named.
 */
export async function refuseUnknownPostSale(
  ctx: UseCaseContext,
  postSale: Partial<PostSaleTemplates> | undefined,
) {
  const named = (['won', 'lost'] as const).flatMap((outcome) =>
    (postSale?.[outcome] ?? []).map((id, index) => ({ path: `postSale.${outcome}.${index}`, id })),
  );
  if (named.length === 0) return undefined;
  const known = new Set((await readTaskTemplates(ctx)).map((template) => template.id));
  const unknown = named.filter(({ id }) => !known.has(id));
  return unknown.length === 0
    ? undefined
    : invalid(
        unknown.map(({ path, id }) => ({
          path,
          message: `No task template ${id}`,
          code: 'field.invalid_option' as const,
          params: {},
        })),
      );
}
