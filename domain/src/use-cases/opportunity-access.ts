import type { Opportunity } from '../model/opportunity';
import type { Pipeline } from '../model/pipeline';
import { assertEditable } from '../rules/closing';
import { guardEdit, guardView } from '../rules/permissions';
import { notFound, ok, type Result } from '../result';
import type { UseCaseContext } from './context';

/** The deal if the actor may see it; a hidden deal answers not found, like a missing one. */
export async function visibleOpportunity(
  ctx: UseCaseContext,
  id: string,
): Promise<Result<Opportunity>> {
  const opportunity = await ctx.store.opportunities.get(ctx.actor.tenantId, id);
  if (!opportunity) return notFound('opportunity', id);
  return guardView(ctx.actor, opportunity) ?? ok(opportunity);
}

/** The deal if the actor may edit it and it is not won and locked. */
export async function editableOpportunity(
  ctx: UseCaseContext,
  id: string,
): Promise<Result<Opportunity>> {
  const opportunity = await ctx.store.opportunities.get(ctx.actor.tenantId, id);
  if (!opportunity) return notFound('opportunity', id);
  return guardEdit(ctx.actor, opportunity) ?? assertEditable(opportunity);
}

export async function pipelineOf(
  ctx: UseCaseContext,
  opportunity: Opportunity,
): Promise<Result<Pipeline>> {
  const pipeline = await ctx.store.pipelines.get(ctx.actor.tenantId, opportunity.pipelineId);
  return pipeline ? ok(pipeline) : notFound('pipeline', opportunity.pipelineId);
}

/** The deal if the actor may edit it (as editableOpportunity), with the pipeline it is in. */
export async function editableOpportunityInPipeline(
  ctx: UseCaseContext,
  id: string,
): Promise<Result<{ opportunity: Opportunity; pipeline: Pipeline }>> {
  const opportunity = await editableOpportunity(ctx, id);
  if (!opportunity.ok) return opportunity;
  const pipeline = await pipelineOf(ctx, opportunity.value);
  if (!pipeline.ok) return pipeline;
  return ok({ opportunity: opportunity.value, pipeline: pipeline.value });
}
