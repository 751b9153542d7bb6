import { type Lead, ListLeadsInput, OpenLeadStatus } from '../model/lead';
import { ok, type Result } from '../result';
import type { Page } from '../store/ports';
import type { UseCaseContext } from './context';
import { commonListQuery, pageRequestOf } from './list-input';

/** A page of the leads the actor may see, filtered and sorted. */
export async function listLeads(
  ctx: UseCaseContext,
  input: ListLeadsInput,
): Promise<Result<Page<Lead>>> {
  const page = await ctx.store.leads.list(
    ctx.actor.tenantId,
    {
      ...commonListQuery(ctx.actor, 'lead', input),
      unassigned: input.unassigned,
      status: input.status,
      statuses: input.open ? OpenLeadStatus.options : undefined,
      // Stored instants are UTC ISO strings: compare like with like.
      createdAfter: input.createdAfter && new Date(input.createdAfter).toISOString(),
      untouched: input.untouched,
      archived: input.archived,
    },
    pageRequestOf(input),
  );
  return ok(page);
}
