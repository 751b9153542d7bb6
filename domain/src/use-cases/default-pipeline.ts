import type { Pipeline } from '../model/pipeline';
import { ruleBroken, ok, type Result } from '../result';
import type { UseCaseContext } from './context';

/** The space's default pipeline (or its first, when none is marked). */
export async function defaultPipeline(
  ctx: UseCaseContext,
  spaceId: string,
): Promise<Result<Pipeline>> {
  const pipelines = await ctx.store.pipelines.listForSpace(ctx.actor.tenantId, spaceId);
  const chosen = pipelines.find((p) => p.isDefault) ?? pipelines[0];
  return chosen
    ? ok(chosen)
    : ruleBroken('no_pipeline', 'This space has no pipeline yet; an admin or manager creates one');
}
