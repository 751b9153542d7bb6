import { setContact } from '../rules/roles';
import { ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { changeRoles, type RoleRecord, type RoleRecordType } from './role-record';
import type { SetContactInput } from '../model/record-roles';
import { visibleContact } from './visible-contact';

/** Sets or clears the primary contact (their e-mail is the default recipient). */
export const setRecordContact = (
  ctx: UseCaseContext,
  type: RoleRecordType,
  id: string,
  input: SetContactInput,
  expectedVersion: number,
): Promise<Result<RoleRecord>> =>
  changeRoles(ctx, type, id, expectedVersion, {
    needs: 'edit',
    event: type === 'lead' ? 'lead.updated' : 'opportunity.updated',
    apply: async (record) => {
      if (input.contactId === null) return ok(setContact(record, undefined));
      const contact = await visibleContact(ctx, input.contactId);
      // A merged contact's old id names the contact it was merged into.
      return contact.ok ? ok(setContact(record, contact.value.id)) : contact;
    },
  });
