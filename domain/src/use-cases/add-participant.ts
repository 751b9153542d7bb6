import { addParticipant } from '../rules/roles';
import type { Result } from '../result';
import type { UseCaseContext } from './context';
import { changeRoles, type RoleRecord, type RoleRecordType } from './role-record';
import type { ParticipantInput } from '../model/record-roles';
import { visibleContact } from './visible-contact';

/** Adds a contact the actor may see to the other participants of a lead or opportunity. */
export const addRecordParticipant = (
  ctx: UseCaseContext,
  type: RoleRecordType,
  id: string,
  input: ParticipantInput,
  expectedVersion: number,
): Promise<Result<RoleRecord>> =>
  changeRoles(ctx, type, id, expectedVersion, {
    needs: 'edit',
    event: 'record.participant_added',
    data: { contactId: input.contactId },
    apply: async (record) => {
      const contact = await visibleContact(ctx, input.contactId);
      // A merged contact's old id names the contact it was merged into.
      return contact.ok ? addParticipant(record, contact.value.id) : contact;
    },
  });
