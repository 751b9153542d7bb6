import { CreateLeadInput, type Lead } from '../model/lead';
import { creationMeta } from '../rules/changes';
import { canCreateIn } from '../rules/permissions';
import { forbidden, notFound, type Result } from '../result';
import type { UseCaseContext } from './context';
import { createUnderPolicy } from './duplicate-policy';
import { refuseNonMembers } from './space-members';

export { CreateLeadInput };

/** For leads that arrive by themselves (inbound): their id, and no owner (the free pool). */
export type CreateLeadOptions = { id?: string; unassigned?: boolean };

/**
 * Captures a lead in a space, owned by the creator unless an owner is named. A partner user's
 * leads always carry their partner, so they stay visible to them and their supervisors.
 * A lead that looks like one already there follows the space's duplicate policy
 * (`createUnderPolicy`).
 */
export async function createLead(
  ctx: UseCaseContext,
  input: CreateLeadInput,
  options: CreateLeadOptions = {},
): Promise<Result<Lead>> {
  const { actor } = ctx;
  if (!canCreateIn(actor, input.spaceId)) {
    return forbidden('You may create leads only in the spaces you belong to', 'not_space_member');
  }
  const space = await ctx.store.spaces.get(actor.tenantId, input.spaceId);
  if (!space) return notFound('space', input.spaceId);
  const outsider = await refuseNonMembers(ctx, input.spaceId, [input.ownerId]);
  if (outsider) return outsider;

  const lead: Lead = {
    ...creationMeta(ctx, options.id ?? ctx.ids.uuid()),
    ...input,
    type: 'lead',
    ownerId: input.ownerId ?? (options.unassigned ? undefined : actor.userId),
    partnerId: actor.role === 'partner' ? actor.partnerId : input.partnerId,
    coOwnerIds: [],
    participantIds: [],
    subscriberIds: [],
    status: 'new',
    archived: false,
    searchText: '',
  };
  return createUnderPolicy(ctx, lead, space);
}
