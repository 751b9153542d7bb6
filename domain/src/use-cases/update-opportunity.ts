import type { Opportunity, UpdateOpportunityInput } from '../model/opportunity';
import { diffFields } from '../rules/changes';
import { forbidden, ok, type Result } from '../result';
import { commitRecord, type EventSpec } from './commit-record';
import type { UseCaseContext } from './context';
import { editableOpportunity } from './opportunity-access';
import { refuseNonMembers } from './space-members';

const EDITABLE_FIELDS = [
  'name',
  'amount',
  'expectedCloseDate',
  'tags',
  'description',
  'partnerId',
  'coOwnerIds',
] as const;

/**
 * Edits a deal's fields. A won deal is locked: "this opportunity is won and locked". A new
 * owner is its own event (the new owner is told); nothing changed answers the deal as it is.
 */
export async function updateOpportunity(
  ctx: UseCaseContext,
  id: string,
  input: UpdateOpportunityInput,
  expectedVersion: number,
): Promise<Result<Opportunity>> {
  const opportunity = await editableOpportunity(ctx, id);
  if (!opportunity.ok) return opportunity;
  const before = opportunity.value;
  if (ctx.actor.role === 'partner' && input.partnerId && input.partnerId !== before.partnerId) {
    return forbidden(
      'A partner user cannot hand a deal to another partner',
      'partner_cannot_reassign',
    );
  }
  const newPeople = [
    ...(input.ownerId !== before.ownerId ? [input.ownerId] : []),
    ...(input.coOwnerIds ?? []).filter((id) => !before.coOwnerIds.includes(id)),
  ];
  const outsider = await refuseNonMembers(ctx, before.spaceId, newPeople);
  if (outsider) return outsider;
  const next: Opportunity = { ...before };
  for (const [field, value] of Object.entries(input)) {
    if (value !== undefined) Object.assign(next, { [field]: value });
  }
  const changes = diffFields(before, next, EDITABLE_FIELDS);
  const ownerChanges = diffFields(before, next, ['ownerId']);
  const events: EventSpec[] = [];
  if (changes.length > 0) events.push({ type: 'opportunity.updated', changes });
  if (ownerChanges.length > 0) {
    events.push({
      type: 'opportunity.owner_changed',
      changes: ownerChanges,
      data: { from: before.ownerId, to: next.ownerId },
    });
  }
  if (events.length === 0) return ok(before);
  return commitRecord(ctx, next, expectedVersion, events);
}
