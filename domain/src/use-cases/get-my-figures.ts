import type { GetMyFiguresInput, MyFigures } from '../model/my-figures';
import { canAdminister, canSeeSpace, visibilityScope } from '../rules/permissions';
import { notFound, ok, type Result } from '../result';
import type { UseCaseContext } from './context';

const addInto = (into: Record<string, number>, from: Record<string, number>) => {
  for (const [currency, value] of Object.entries(from))
    into[currency] = (into[currency] ?? 0) + value;
};

/**
 * My CRM's figures: my open leads, open deals and deals past their expected close, counted by
 * the server, and the pipeline totals of the spaces from the stage summaries (never a scan of
 * deals).
 */
export async function getMyFigures(
  ctx: UseCaseContext,
  input: GetMyFiguresInput,
): Promise<Result<MyFigures>> {
  const { actor, store } = ctx;
  const { tenantId, userId } = actor;
  if (input.spaceId && !canSeeSpace(actor, input.spaceId)) return notFound('space', input.spaceId);
  const filter = input.spaceId ? [input.spaceId] : undefined;
  const leadScope = visibilityScope(actor, 'lead', filter);
  const opportunityScope = visibilityScope(actor, 'opportunity', filter);
  const today = ctx.clock.now().slice(0, 10);
  const [openLeads, openOpportunities, overdueOpportunities, pipeline] = await Promise.all([
    store.leads.count(tenantId, {
      scope: leadScope,
      ownerId: userId,
      statuses: ['new', 'working'],
      archived: false,
    }),
    store.opportunities.count(tenantId, {
      scope: opportunityScope,
      ownerId: userId,
      status: 'open',
    }),
    store.opportunities.count(tenantId, {
      scope: opportunityScope,
      ownerId: userId,
      status: 'open',
      closesBefore: today,
    }),
    opportunityScope.partnerId === undefined ? pipelineTotals(ctx, filter) : undefined,
  ]);
  return ok({
    openLeads,
    openOpportunities,
    overdueOpportunities,
    ...(pipeline ? { pipeline } : {}),
  });
}

async function pipelineTotals(ctx: UseCaseContext, spaceFilter: string[] | undefined) {
  const { actor, store } = ctx;
  const spaceIds =
    spaceFilter ??
    (canAdminister(actor)
      ? (await store.spaces.listAll(actor.tenantId)).map((s) => s.id)
      : actor.spaceIds);
  const pipelines = (
    await Promise.all(spaceIds.map((id) => store.pipelines.listForSpace(actor.tenantId, id)))
  ).flat();
  const summaries = await store.summaries.forPipelines(
    actor.tenantId,
    pipelines.map((p) => p.id),
  );
  const openStages = new Set(
    pipelines.flatMap((p) =>
      p.stages.filter((s) => s.kind === 'open').map((s) => `${p.id}/${s.id}`),
    ),
  );
  const amounts: Record<string, number> = {};
  const weightedAmounts: Record<string, number> = {};
  for (const summary of summaries) {
    if (!openStages.has(`${summary.pipelineId}/${summary.stageId}`)) continue;
    addInto(amounts, summary.amounts);
    addInto(weightedAmounts, summary.weightedAmounts);
  }
  return { amounts, weightedAmounts };
}
