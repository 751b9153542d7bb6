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
  const deal = await ctx.store.opportunities.get(ctx.actor.tenantId, id);
  if (!deal) return notFound('opportunity', id);
  return guardView(ctx.actor, deal) ?? ok(deal);
}

/** The deal if the actor may edit it and it is not won and locked. */
export async function editableOpportunity(
  ctx: UseCaseContext,
  id: string,
): Promise<Result<Opportunity>> {
  const deal = await ctx.store.opportunities.get(ctx.actor.tenantId, id);
  if (!deal) return notFound('opportunity', id);
  return guardEdit(ctx.actor, deal) ?? assertEditable(deal);
}

export async function pipelineOf(
  ctx: UseCaseContext,
  deal: Opportunity,
): Promise<Result<Pipeline>> {
  const pipeline = await ctx.store.pipelines.get(ctx.actor.tenantId, deal.pipelineId);
  return pipeline ? ok(pipeline) : notFound('pipeline', deal.pipelineId);
}
