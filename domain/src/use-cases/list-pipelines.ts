import type { Pipeline } from '../model/pipeline';
import { forbidden, ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { canSeeSpace } from '../rules/permissions';

/** A space's pipelines, the default first, for everyone who works in the space. */
export async function listPipelines(
  ctx: UseCaseContext,
  spaceId: string,
): Promise<Result<Pipeline[]>> {
  if (!canSeeSpace(ctx.actor, spaceId))
    return forbidden('You are not a member of this space', 'not_space_member');
  const pipelines = await ctx.store.pipelines.listForSpace(ctx.actor.tenantId, spaceId);
  return ok(
    [...pipelines].sort(
      (a, b) => Number(b.isDefault) - Number(a.isDefault) || a.name.localeCompare(b.name),
    ),
  );
}
