import { z } from 'zod';
import { Id, Tag, UserId } from '../model/common';
import { OpportunityStatus, type DealListItem } from '../model/opportunity';
import { visibilityScope } from '../rules/permissions';
import { ok, type Result } from '../result';
import type { Page } from '../store/ports';
import type { UseCaseContext } from './context';
import { withAccountNames } from './with-account-names';

export const ListOpportunitiesInput = z.object({
  /** One space (a channel tab); without it, every space the user may see. */
  spaceId: Id.optional(),
  ownerId: UserId.optional(),
  /** Only those of this account (a contact's company; any account linked to a deal). */
  accountId: Id.optional(),
  status: OpportunityStatus.optional(),
  pipelineId: Id.optional(),
  stageId: Id.optional(),
  tag: Tag.optional(),
  text: z.string().trim().max(200).optional(),
  sort: z.enum(['updatedAt', 'createdAt', 'name', 'amount', 'expectedCloseDate']).optional(),
  direction: z.enum(['asc', 'desc']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  continuation: z.string().max(2000).optional(),
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
      scope: visibilityScope(ctx.actor, 'opportunity', input.spaceId ? [input.spaceId] : undefined),
      ownerId: input.ownerId,
      accountId: input.accountId,
      status: input.status,
      pipelineId: input.pipelineId,
      stageId: input.stageId,
      tag: input.tag,
      text: input.text,
      sort: input.sort ? { field: input.sort, direction: input.direction ?? 'asc' } : undefined,
    },
    { limit: input.limit, continuation: input.continuation },
  );
  return ok({ ...page, items: await withAccountNames(ctx, page.items) });
}
