import { z } from 'zod';
import { Id, Tag, UserId } from '../model/common';
import { LeadStatus, type Lead } from '../model/lead';
import { visibilityScope } from '../rules/permissions';
import { ok, type Result } from '../result';
import type { Page } from '../store/ports';
import type { UseCaseContext } from './context';

export const ListLeadsInput = z.object({
  /** One space (a channel tab); without it, every space the user may see. */
  spaceId: Id.optional(),
  ownerId: UserId.optional(),
  /** Only leads nobody owns yet (the free pool), which any member of their space may claim. */
  unassigned: z.stringbool().or(z.boolean()).default(false),
  status: LeadStatus.optional(),
  tag: Tag.optional(),
  text: z.string().trim().max(200).optional(),
  /** Archived leads are left out unless asked for. */
  archived: z.stringbool().or(z.boolean()).default(false),
  sort: z.enum(['updatedAt', 'createdAt', 'name']).optional(),
  direction: z.enum(['asc', 'desc']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  continuation: z.string().max(2000).optional(),
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
      scope: visibilityScope(ctx.actor, 'lead', input.spaceId ? [input.spaceId] : undefined),
      ownerId: input.ownerId,
      unassigned: input.unassigned,
      status: input.status,
      tag: input.tag,
      text: input.text,
      archived: input.archived,
      sort: input.sort ? { field: input.sort, direction: input.direction ?? 'asc' } : undefined,
    },
    { limit: input.limit, continuation: input.continuation },
  );
  return ok(page);
}
