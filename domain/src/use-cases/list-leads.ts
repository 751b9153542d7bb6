import { z } from 'zod';
import { LeadStatus, type Lead } from '../model/lead';
import { ok, type Result } from '../result';
import type { Page } from '../store/ports';
import type { UseCaseContext } from './context';
import { commonListQuery, LIST_FILTERS, listSortAndPage, pageRequestOf } from './list-input';

export const ListLeadsInput = z.object({
  ...LIST_FILTERS,
  /** Only leads nobody owns yet (the free pool), which any member of their space may claim. */
  unassigned: z.stringbool().or(z.boolean()).default(false),
  status: LeadStatus.optional(),
  /** Archived leads are left out unless asked for. */
  archived: z.stringbool().or(z.boolean()).default(false),
  ...listSortAndPage(['updatedAt', 'createdAt', 'name']),
});
export type ListLeadsInput = z.infer<typeof ListLeadsInput>;

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
      archived: input.archived,
    },
    pageRequestOf(input),
  );
  return ok(page);
}
