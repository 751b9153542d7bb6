import type { Pipeline, PipelineInput } from '../model/pipeline';
import { nextVersion } from '../rules/changes';
import { checkStageChanges, validatePipeline } from '../rules/pipeline';
import { forbidden, notFound, ruleBroken, type Result } from '../result';
import { clearOtherDefaults } from './clear-other-defaults';
import type { UseCaseContext } from './context';
import { refuseUnknownPostSale } from './post-sale-choice';
import { canManagePipelines } from '../rules/permissions';

/**
 * Renames a pipeline, reorders, renames, adds or removes stages, or makes it the default.
 * Stages keep their ids when the input names them. A stage that still holds deals cannot be
 * removed or change its kind. A new probability applies to deals as they next move.
 */
export async function updatePipeline(
  ctx: UseCaseContext,
  id: string,
  input: PipelineInput,
  expectedVersion: number,
): Promise<Result<Pipeline>> {
  const { tenantId } = ctx.actor;
  const current = await ctx.store.pipelines.get(tenantId, id);
  if (!current) return notFound('pipeline', id);
  if (!canManagePipelines(ctx.actor, current.spaceId)) {
    return forbidden(
      'Only admins, and managers in their spaces, set up pipelines',
      'pipelines_managers_only',
    );
  }
  if (current.isDefault && input.isDefault === false) {
    return ruleBroken(
      'default_pipeline_required',
      'A space always has a default pipeline: make another one the default instead',
    );
  }
  const valid = validatePipeline(input, () => ctx.ids.uuid());
  if (!valid.ok) return valid;
  const unknownTemplate = await refuseUnknownPostSale(ctx, input.postSale);
  if (unknownTemplate) return unknownTemplate;
  const summaries = await ctx.store.summaries.forPipeline(tenantId, id);
  const stages = checkStageChanges(
    current,
    valid.value.stages,
    (stageId) => summaries.find((s) => s.stageId === stageId)?.count ?? 0,
  );
  if (!stages.ok) return stages;
  const updated = await ctx.store.pipelines.commit(
    nextVersion(ctx, {
      ...current,
      name: valid.value.name,
      stages: stages.value,
      isDefault: current.isDefault || input.isDefault === true,
      ...(input.postSale ? { postSale: input.postSale } : {}),
    }),
    [],
    { expectedVersion, commitId: ctx.commitId },
  );
  if (updated.ok && updated.value.isDefault && !current.isDefault) {
    await clearOtherDefaults(ctx, updated.value);
  }
  return updated;
}
