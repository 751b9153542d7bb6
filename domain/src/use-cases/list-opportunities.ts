import { z } from 'zod';
import { Id } from '../model/common';
import { OpportunityStatus, type DealListItem } from '../model/opportunity';
import { ok, type Result } from '../result';
import type { Page } from '../store/ports';
import type { UseCaseContext } from './context';
import { commonListQuery, LIST_FILTERS, listSortAndPage, pageRequestOf } from './list-input';
import { withAccountNames } from './with-account-names';

export const ListOpportunitiesInput = z.object({
  ...LIST_FILTERS,
  /** Only those of this account (a contact's company; any account linked to a deal). */
  accountId: Id.optional(),
  status: OpportunityStatus.optional(),
  pipelineId: Id.optional(),
  stageId: Id.optional(),
  ...listSortAndPage(['updatedAt', 'createdAt', 'name', 'amount', 'expectedCloseDate']),
});
export type ListOpportunitiesInput = z.infer<typeof ListOpportunitiesInput>;

/** A page of the deals the actor may see, filtered and sorted, with their account names. */
export async function listOpportunities(
  ctx: UseCaseContext,
  input: ListOpportunitiesInput,
): Promise<Result<Page<DealListItem>>> {
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
