import { CreateLeadInput, LeadFields, type Lead } from '../model/lead';
import { creationMeta, diffFields, domainEvent, nextVersion } from '../rules/changes';
import { canCreateIn } from '../rules/permissions';
import { duplicateSettingsOf, holderOf, recordDuplicateKeys } from '../rules/record-duplicate-keys';
import { forbidden, notFound, ok, ruleBroken, type Result } from '../result';
import type { UseCaseContext } from './context';
import {
  findDuplicates,
  hasDuplicates,
  possibleDuplicateOf,
  tellHiddenOwners,
  type Duplicates,
} from './find-duplicates';
import { refuseNonMembers } from './space-members';
import { routeArrivingLead } from './route-arriving-lead';

export { CreateLeadInput };

/**
 * For leads that arrive by themselves (inbound, web form): their id, no owner (the free pool),
 * and whether the space's assignment rules route them.
 */
export type CreateLeadOptions = { id?: string; unassigned?: boolean; route?: boolean };
const FILLABLE = Object.keys(LeadFields.shape) as (keyof Lead & string)[];

/**
 * Captures a lead in a space, owned by the creator unless an owner is named. A partner user's
 * leads always carry their partner, so they stay visible to them and their supervisors.
 * A lead that looks like one already there follows the space's duplicate policy: flagged (the
 * default), merged into the existing lead, or rejected. A match the creator may not see is
 * never named to them; its owner is told instead.
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
  const { defaultCountry, policy } = duplicateSettingsOf(space);
  const keys = recordDuplicateKeys(lead, defaultCountry);
  const found = await findDuplicates(ctx, 'lead', keys);
  if (hasDuplicates(found) && policy === 'reject') return refuseDuplicate(found);
  const existing = found.visible.find((r): r is Lead => r.type === 'lead');
  if (existing && policy === 'merge') return fillBlanks(ctx, existing, lead, defaultCountry);

  const possibleDuplicate = possibleDuplicateOf(found);
  const routed = options.route ? await routeArrivingLead(ctx, lead) : { lead, events: [] };
  const flagged: Lead = possibleDuplicate ? { ...routed.lead, possibleDuplicate } : routed.lead;
  const created = await ctx.store.leads.commit(
    flagged,
    [domainEvent(ctx, flagged, 'lead.created'), ...routed.events],
    {
      expectedVersion: 0,
      commitId: ctx.commitId,
      duplicateKeys: { holder: holderOf(flagged), keys },
    },
  );
  if (created.ok) await tellHiddenOwners(ctx, found, created.value);
  return created;
}

/** 422 `duplicate`, naming the match only when the caller may see it. */
function refuseDuplicate(found: Duplicates) {
  const shown = found.visible[0];
  return ruleBroken(
    'duplicate',
    'A record like this one already exists',
    shown ? { entity: shown.type, id: shown.id } : {},
  );
}

/**
 * The merge policy: the incoming lead's fields fill the existing lead's blanks, and its arrival
 * is an event on the existing lead's timeline. Answers the existing lead.
 */
async function fillBlanks(
  ctx: UseCaseContext,
  existing: Lead,
  incoming: Lead,
  defaultCountry: string | undefined,
): Promise<Result<Lead>> {
  const filled: Lead = { ...existing };
  const writable = filled as Record<string, unknown>;
  for (const field of FILLABLE) {
    const value = incoming[field];
    const blank = existing[field] === undefined || existing[field] === '';
    if (blank && value !== undefined && field !== 'ownerId') writable[field] = value;
  }
  const changes = diffFields(existing, filled, FILLABLE);
  const next = nextVersion(ctx, filled);
  const event = domainEvent(ctx, next, 'lead.updated', {
    changes,
    data: { mergedIncoming: true, source: incoming.source },
  });
  const merged = await ctx.store.leads.commit(next, [event], {
    expectedVersion: existing.version,
    commitId: ctx.commitId,
    duplicateKeys: { holder: holderOf(next), keys: recordDuplicateKeys(next, defaultCountry) },
  });
  return merged.ok ? ok(merged.value) : merged;
}
