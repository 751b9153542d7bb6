import { type Board, type BoardColumn, GetBoardInput, type StageFigures } from '../model/board';
import { canSeeSpace, visibilityScope } from '../rules/permissions';
import { notFound, ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { withAccountNames } from './with-account-names';

const EMPTY: StageFigures = { count: 0, amounts: {}, weightedAmounts: {} };

/**
 * A pipeline's board: one column per stage in pipeline order, with the stage's figures from
 * the summary documents (never a scan of deals) and the first deals the actor may see,
 * most recently changed first. The columns load in parallel, one query each.
 */
export async function getBoard(
  ctx: UseCaseContext,
  pipelineId: string,
  input: GetBoardInput,
): Promise<Result<Board>> {
  const { tenantId } = ctx.actor;
  const pipeline = await ctx.store.pipelines.get(tenantId, pipelineId);
  if (!pipeline || !canSeeSpace(ctx.actor, pipeline.spaceId))
    return notFound('pipeline', pipelineId);
  const scope = visibilityScope(ctx.actor, 'opportunity', [pipeline.spaceId]);
  const wholeSpace = scope.partnerId === undefined;
  const [summaries, ...pages] = await Promise.all([
    wholeSpace ? ctx.store.summaries.forPipeline(tenantId, pipelineId) : Promise.resolve([]),
    ...pipeline.stages.map((stage) =>
      ctx.store.opportunities.list(
        tenantId,
        { scope, pipelineId, stageId: stage.id },
        { limit: input.limit },
      ),
    ),
  ]);
  const named = await withAccountNames(
    ctx,
    pages.flatMap((p) => p.items),
  );
  let offset = 0;
  const columns = pipeline.stages.map((stage, i): BoardColumn => {
    const summary = summaries.find((s) => s.stageId === stage.id);
    const page = pages[i]!;
    const opportunities = named.slice(offset, offset + page.items.length);
    offset += page.items.length;
    return {
      stage,
      ...(wholeSpace
        ? {
            figures: summary
              ? {
                  count: summary.count,
                  amounts: summary.amounts,
                  weightedAmounts: summary.weightedAmounts,
                }
              : EMPTY,
          }
        : {}),
      opportunities: opportunities,
      ...(page.continuation ? { continuation: page.continuation } : {}),
    };
  });
  return ok({ pipeline, columns });
}
