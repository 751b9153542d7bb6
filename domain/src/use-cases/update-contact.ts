import { ContactFields, UpdateContactInput, type Contact } from '../model/contact';
import { diffFields } from '../rules/changes';
import { guardEdit } from '../rules/permissions';
import { forbidden, notFound, ok, ruleBroken, type Result } from '../result';
import { commitRecord } from './commit-record';
import { flaggedWithKeys, KEYED_FIELDS, tellHiddenOwners } from './find-duplicates';
import { holderOf } from '../rules/record-duplicate-keys';
import { refuseHiddenAccount } from './contact-account';
import type { UseCaseContext } from './context';
import { recordAt } from './merged-record';
import { refuseAttachment } from './space-attachment';

export { UpdateContactInput };

const EDITABLE = Object.keys(ContactFields.shape) as (keyof Contact & string)[];

/** Edits a contact, its account (`null` clears it) and its spaces; unchanged input writes nothing. */
export async function updateContact(
  ctx: UseCaseContext,
  id: string,
  input: UpdateContactInput,
  expectedVersion: number,
): Promise<Result<Contact>> {
  const { actor } = ctx;
  const contact = await recordAt(ctx.store.contacts, actor.tenantId, id);
  if (!contact) return notFound('contact', id);
  const denied = guardEdit(actor, contact);
  if (denied) return denied;
  if (contact.anonymizedAt) return ruleBroken('contact_anonymized', 'This contact was anonymized');
  if (actor.role === 'partner' && input.partnerId && input.partnerId !== contact.partnerId) {
    return forbidden(
      'A partner user cannot hand a contact to another partner',
      'partner_cannot_reassign',
    );
  }
  const { accountId, ...fields } = input;
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  const next: Contact = { ...contact, ...defined, ...(accountId ? { accountId } : {}) };
  if (accountId === null) delete next.accountId;
  const refused =
    refuseAttachment(actor, next, contact.spaceIds) ??
    (next.accountId !== contact.accountId
      ? await refuseHiddenAccount(ctx, next.accountId)
      : undefined);
  if (refused) return refused;
  const changes = diffFields(contact, next, EDITABLE);
  if (changes.length === 0) return ok(contact);
  if (!changes.some((c) => KEYED_FIELDS.has(c.field))) {
    return commitRecord(ctx, next, expectedVersion, [{ type: 'contact.updated', changes }]);
  }
  const keyed = await flaggedWithKeys(ctx, next);
  const written = await commitRecord(
    ctx,
    keyed.record,
    expectedVersion,
    [{ type: 'contact.updated', changes }],
    {
      duplicateKeys: { holder: holderOf(keyed.record), keys: keyed.keys },
    },
  );
  if (written.ok) await tellHiddenOwners(ctx, keyed.found, written.value);
  return written;
}
