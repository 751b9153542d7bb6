import { type OpportunityListItem, ListOpportunitiesInput } from '../model/opportunity';
import { ok, type Result } from '../result';
import type { Page } from '../store/ports';
import type { UseCaseContext } from './context';
import { commonListQuery, pageRequestOf } from './list-input';
import { withAccountNames } from './with-account-names';

/** A page of the deals the actor may see, filtered and sorted, with their account names. */
export async function listOpportunities(
  ctx: UseCaseContext,
  input: ListOpportunitiesInput,
): Promise<Result<Page<OpportunityListItem>>> {
  const page = await ctx.store.opportunities.list(
    ctx.actor.tenantId,
    {
      ...commonListQuery(ctx.actor, 'opportunity', input),
      accountId: input.accountId,
      status: input.status,
      pipelineId: input.pipelineId,
      stageId: input.stageId,
    },
    pageRequestOf(input),
  );
  return ok({ ...page, items: await withAccountNames(ctx, page.items) });
}
