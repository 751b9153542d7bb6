import type { Pipeline, PipelineInput } from '../model/pipeline';
import { creationMeta } from '../rules/changes';
import { validatePipeline } from '../rules/pipeline';
import { forbidden, notFound, type Result } from '../result';
import { clearOtherDefaults } from './clear-other-defaults';
import type { UseCaseContext } from './context';
import { refuseUnknownPostSale } from './post-sale-choice';
import { canManagePipelines } from '../rules/permissions';

/** A new pipeline in a space; the space's first pipeline is its default. */
export async function createPipeline(
  ctx: UseCaseContext,
  spaceId: string,
  input: PipelineInput,
): Promise<Result<Pipeline>> {
  const { tenantId } = ctx.actor;
  if (!canManagePipelines(ctx.actor, spaceId)) {
    return forbidden(
      'Only admins, and managers in their spaces, set up pipelines',
      'pipelines_managers_only',
    );
  }
  if (!(await ctx.store.spaces.get(tenantId, spaceId))) return notFound('space', spaceId);
  const valid = validatePipeline(input, () => ctx.ids.uuid());
  if (!valid.ok) return valid;
  const unknownTemplate = await refuseUnknownPostSale(ctx, input.postSale);
  if (unknownTemplate) return unknownTemplate;
  const existing = await ctx.store.pipelines.listForSpace(tenantId, spaceId);
  const pipeline: Pipeline = {
    ...creationMeta(ctx, ctx.ids.uuid()),
    type: 'pipeline',
    spaceId,
    name: valid.value.name,
    stages: valid.value.stages,
    isDefault: existing.length === 0 || input.isDefault === true,
    ...(input.postSale ? { postSale: input.postSale } : {}),
  };
  const created = await ctx.store.pipelines.commit(pipeline, [], {
    expectedVersion: 0,
    commitId: ctx.commitId,
  });
  if (created.ok && created.value.isDefault) await clearOtherDefaults(ctx, created.value);
  return created;
}
