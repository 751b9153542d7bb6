import { CreateLeadInput, type Lead } from '../model/lead';
import { creationMeta } from '../rules/changes';
import { canCreateIn } from '../rules/permissions';
import { forbidden, notFound, type Result } from '../result';
import type { UseCaseContext } from './context';
import { createUnderPolicy } from './duplicate-policy';
import { refuseNonMembers } from './space-members';
import { routeArrivingLead } from './route-arriving-lead';
import { splitArrivingLead } from './split-arriving-lead';

export { CreateLeadInput };

/**
 * For leads that arrive by themselves (inbound, web form): their id, no owner (the free pool),
 * and whether the space's assignment rules route them.
 */
export type CreateLeadOptions = { id?: string; unassigned?: boolean; route?: boolean };

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

  const meta = creationMeta(ctx, options.id ?? ctx.ids.uuid());
  const ownerId = input.ownerId ?? (options.unassigned ? undefined : actor.userId);
  // Capturing a lead for oneself accepts it; one given to someone else waits for their claim.
  const selfClaimed = ownerId === actor.userId && !options.route;
  const lead: Lead = {
    ...meta,
    ...input,
    type: 'lead',
    ownerId,
    ...(selfClaimed ? { claimedBy: actor.userId, claimedAt: meta.createdAt } : {}),
    partnerId: actor.role === 'partner' ? actor.partnerId : input.partnerId,
    coOwnerIds: [],
    participantIds: [],
    subscriberIds: [],
    status: 'new',
    archived: false,
    searchText: '',
  };
  const routeOnArrival = async (arriving: Lead) => {
    const routed = await routeArrivingLead(ctx, arriving);
    return { record: routed.lead, events: routed.events };
  };
  const created = await createUnderPolicy(
    ctx,
    lead,
    space,
    options.route ? routeOnArrival : undefined,
  );
  // A new arriving lead (not one merged into an existing lead) then meets the splitter filters
  // set to run on arrival, after its assignment.
  if (!options.route || !created.ok || created.value.id !== lead.id) return created;
  return splitArrivingLead(ctx, created.value);
}
