import type { Contact } from '../model/contact';
import {
  eraseContactFields,
  CONTACT_PERSONAL_FIELDS,
  erasureOf,
  type Erasure,
} from '../rules/anonymize';
import { guardEdit } from '../rules/permissions';
import { notFound, ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { eraseRecord } from './erase-record';

/** Erases a contact's personal data, plus `also` (values of the lead it came from). */
export async function eraseContact(
  ctx: UseCaseContext,
  contact: Contact,
  expectedVersion: number,
  also: string[] = [],
): Promise<Result<Contact>> {
  const erased = eraseContactFields(contact, ctx.clock.now());
  if (!erased.ok || erased.value === contact) return erased;
  const own = erasureOf(contact, CONTACT_PERSONAL_FIELDS);
  const erasure: Erasure = {
    fields: own.fields,
    values: [...new Set([...own.values, ...also])].sort((a, b) => b.length - a.length),
  };
  return eraseRecord(ctx, erased.value, expectedVersion, erasure, 'contact.anonymized');
}

/** Erases a contact's personal data everywhere it was copied; keeps its statistics. */
export async function anonymizeContact(
  ctx: UseCaseContext,
  id: string,
  expectedVersion?: number,
): Promise<Result<Contact>> {
  const contact = await ctx.store.contacts.get(ctx.actor.tenantId, id);
  if (!contact) return notFound('contact', id);
  const denied = guardEdit(ctx.actor, contact);
  if (denied) return denied;
  if (contact.anonymizedAt) return ok(contact);
  return eraseContact(ctx, contact, expectedVersion ?? contact.version);
}
