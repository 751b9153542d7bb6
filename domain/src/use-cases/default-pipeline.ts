import type { Pipeline } from '../model/pipeline';
import { ruleBroken, ok, type Result } from '../result';
import type { KeyedDocumentAddress } from '../store/ports';
import type { UseCaseContext } from './context';

/** Where the id of a space's default pipeline is remembered. */
const pointerTo = (tenantId: string, spaceId: string): KeyedDocumentAddress => ({
  kind: 'default-pipeline',
  tenantId,
  ownerId: spaceId,
  key: 'default',
});

/**
 * The space's default pipeline (or its first, when none is marked). Creating a deal runs this,
 * so it is found by point reads through a remembered id; the pipeline itself is read fresh and
 * trusted only while it is still the space's default, otherwise the space's pipelines are
 * listed once (a query) and the id remembered again.
 */
export async function defaultPipeline(
  ctx: UseCaseContext,
  spaceId: string,
): Promise<Result<Pipeline>> {
  const { tenantId } = ctx.actor;
  const pointer = pointerTo(tenantId, spaceId);
  const remembered = (await ctx.store.keyedDocuments.get(pointer))?.pipelineId;
  if (typeof remembered === 'string') {
    const pipeline = await ctx.store.pipelines.get(tenantId, remembered);
    if (pipeline?.spaceId === spaceId && pipeline.isDefault) return ok(pipeline);
  }
  const pipelines = await ctx.store.pipelines.listForSpace(tenantId, spaceId);
  const chosen = pipelines.find((p) => p.isDefault) ?? pipelines[0];
  if (!chosen) {
    return ruleBroken(
      'no_pipeline',
      'This space has no pipeline yet; an admin or manager creates one',
    );
  }
  if (chosen.isDefault) await ctx.store.keyedDocuments.put(pointer, { pipelineId: chosen.id });
  return ok(chosen);
}
