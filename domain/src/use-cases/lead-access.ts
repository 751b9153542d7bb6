import type { Lead } from '../model/lead';
import { guardEdit, guardView } from '../rules/permissions';
import { notFound, ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { recordAt } from './merged-record';

const leadAt = (ctx: UseCaseContext, id: string) =>
  recordAt(ctx.store.leads, ctx.actor.tenantId, id);

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
