import type { DomainEventType } from '../events';
import { LeadFields, UpdateLeadInput, type Lead } from '../model/lead';
import { diffFields } from '../rules/changes';
import { editLead } from '../rules/lead-lifecycle';
import { forbidden, ok, type Result } from '../result';
import { commitRecord } from './commit-record';
import { flaggedWithKeys, KEYED_FIELDS, tellHiddenOwners } from './find-duplicates';
import { holderOf } from '../rules/record-duplicate-keys';
import type { UseCaseContext } from './context';
import { editableLead } from './lead-access';
import { refuseNonMembers } from './space-members';

export { UpdateLeadInput };

const EDITABLE = [...Object.keys(LeadFields.shape), 'status'] as (keyof Lead & string)[];

/** The event that names a change best: a new owner, a status move, or a plain edit. */
const eventTypeOf = (fields: string[]): DomainEventType =>
  fields.includes('ownerId')
    ? 'lead.assigned'
    : fields.length === 1 && fields[0] === 'status'
      ? 'lead.status_changed'
      : 'lead.updated';

/** Edits a lead's fields or moves it between new and working; unchanged input writes nothing. */
export async function updateLead(
  ctx: UseCaseContext,
  id: string,
  input: UpdateLeadInput,
  expectedVersion: number,
): Promise<Result<Lead>> {
  const found = await editableLead(ctx, id);
  if (!found.ok) return found;
  const lead = found.value;
  if (ctx.actor.role === 'partner' && input.partnerId && input.partnerId !== lead.partnerId) {
    return forbidden(
      'A partner user cannot hand a lead to another partner',
      'partner_cannot_reassign',
    );
  }
  if (input.ownerId !== lead.ownerId) {
    const outsider = await refuseNonMembers(ctx, lead.spaceId, [input.ownerId]);
    if (outsider) return outsider;
  }
  const edited = editLead(lead, input);
  if (!edited.ok) return edited;
  const changes = diffFields(lead, edited.value, EDITABLE);
  if (changes.length === 0) return ok(lead);
  const events = [{ type: eventTypeOf(changes.map((c) => c.field)), changes }];
  if (!changes.some((c) => KEYED_FIELDS.has(c.field))) {
    return commitRecord(ctx, edited.value, expectedVersion, events);
  }
  const keyed = await flaggedWithKeys(ctx, edited.value);
  const written = await commitRecord(ctx, keyed.record, expectedVersion, events, {
    duplicateKeys: { holder: holderOf(keyed.record), keys: keyed.keys },
  });
  if (written.ok) await tellHiddenOwners(ctx, keyed.found, written.value);
  return written;
}
