import { z } from 'zod';
import { IsoDateTime } from '../model/common';
import { LeadStatus, OpenLeadStatus, type Lead } from '../model/lead';
import { ok, type Result } from '../result';
import type { Page } from '../store/ports';
import type { UseCaseContext } from './context';
import { commonListQuery, LIST_FILTERS, listSortAndPage, pageRequestOf } from './list-input';

export const ListLeadsInput = z.object({
  ...LIST_FILTERS,
  /** Only leads nobody owns yet (the free pool), which any member of their space may claim. */
  unassigned: z.stringbool().or(z.boolean()).default(false),
  status: LeadStatus.optional(),
  /** Only open leads: new or being worked. */
  open: z.stringbool().or(z.boolean()).default(false),
  /** Only leads that came in at or after this instant (e.g. the start of the user's today). */
  createdAfter: IsoDateTime.optional(),
  /** Only leads nobody has changed since they came in. */
  untouched: z.stringbool().or(z.boolean()).default(false),
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
