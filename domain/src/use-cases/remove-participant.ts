import { removeParticipant } from '../rules/roles';
import { ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { changeRoles, type RoleRecord, type RoleRecordType } from './role-record';
import type { ParticipantInput } from '../model/record-roles';

export const removeRecordParticipant = (
  ctx: UseCaseContext,
  type: RoleRecordType,
  id: string,
  input: ParticipantInput,
  expectedVersion: number,
): Promise<Result<RoleRecord>> =>
  changeRoles(ctx, type, id, expectedVersion, {
    needs: 'edit',
    event: 'record.participant_removed',
    data: { contactId: input.contactId },
    apply: (record) => ok(removeParticipant(record, input.contactId)),
  });
