import type { Lead } from '../model/lead';
import { guardEdit, guardView } from '../rules/permissions';
import { notFound, ok, type Result } from '../result';
import type { UseCaseContext } from './context';

/**
 * The lead stored at an id; a merged lead's tombstone answers the lead it was merged into, so
 * old links, cards and edits reach the survivor.
 */
async function leadAt(ctx: UseCaseContext, id: string): Promise<Lead | undefined> {
  const lead = await ctx.store.leads.get(ctx.actor.tenantId, id);
  return lead?.mergedInto ? ctx.store.leads.get(ctx.actor.tenantId, lead.mergedInto) : lead;
}

/** A lead the actor may see; a hidden lead answers not found, like a missing one. */
export async function visibleLead(ctx: UseCaseContext, id: string): Promise<Result<Lead>> {
  const lead = await leadAt(ctx, id);
  if (!lead) return notFound('lead', id);
  return guardView(ctx.actor, lead) ?? ok(lead);
}

/** A lead the actor may change. */
export async function editableLead(ctx: UseCaseContext, id: string): Promise<Result<Lead>> {
  const lead = await leadAt(ctx, id);
  if (!lead) return notFound('lead', id);
  return guardEdit(ctx.actor, lead) ?? ok(lead);
}
