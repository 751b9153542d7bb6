import { z } from 'zod';
import type { DomainEventType } from '../events';
import type { Lead } from '../model/lead';
import type { Opportunity } from '../model/opportunity';
import { diffFields } from '../rules/changes';
import { assertEditable } from '../rules/closing';
import { guardEdit, guardView } from '../rules/permissions';
import type { RoleHolder } from '../rules/roles';
import { notFound, ok, type Result } from '../result';
import { commitRecord } from './commit-record';
import type { UseCaseContext } from './context';

/** The records that carry the three roles: contact, other participants, subscribers. */
export const RoleRecordType = z.enum(['lead', 'opportunity']);
export type RoleRecordType = z.infer<typeof RoleRecordType>;
export type RoleRecord = Lead | Opportunity;

export type RoleChange = {
  /** 'follow': seeing the record is enough; 'edit': it must be the actor's to change. */
  needs: 'follow' | 'edit';
  event: DomainEventType;
  apply: (record: RoleRecord) => Result<RoleRecord> | Promise<Result<RoleRecord>>;
  data?: Record<string, unknown>;
};

const ROLE_FIELDS: (keyof RoleHolder & keyof RoleRecord)[] = [
  'contactId',
  'participantIds',
  'subscriberIds',
];

/**
 * Loads a lead or opportunity the actor may see, applies a role change and commits it with its
 * event. Participants and the contact are edits (refused on a won and locked deal); following
 * is not. A change that changes nothing writes nothing and answers the record as it is.
 */
export async function changeRoles(
  ctx: UseCaseContext,
  type: RoleRecordType,
  id: string,
  expectedVersion: number,
  change: RoleChange,
): Promise<Result<RoleRecord>> {
  const { tenantId } = ctx.actor;
  const record: RoleRecord | undefined =
    type === 'lead'
      ? await ctx.store.leads.get(tenantId, id)
      : await ctx.store.opportunities.get(tenantId, id);
  if (!record) return notFound(type, id);
  const denied =
    change.needs === 'edit' ? guardEdit(ctx.actor, record) : guardView(ctx.actor, record);
  if (denied) return denied;
  if (change.needs === 'edit' && record.type === 'opportunity') {
    const editable = assertEditable(record);
    if (!editable.ok) return editable;
  }
  const changed = await change.apply(record);
  if (!changed.ok || changed.value === record) return changed;
  const changes = diffFields<RoleRecord>(record, changed.value, ROLE_FIELDS);
  if (changes.length === 0) return ok(record);
  return commitRecord(ctx, changed.value, expectedVersion, [
    { type: change.event, changes, data: change.data },
  ]);
}
