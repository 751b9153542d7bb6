import type { Contact } from '../model/contact';
import { guardView } from '../rules/permissions';
import { notFound, ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { recordAt } from './merged-record';

/** One contact, if the actor may see it (a hidden one answers not found). */
export async function getContact(ctx: UseCaseContext, id: string): Promise<Result<Contact>> {
  const contact = await recordAt(ctx.store.contacts, ctx.actor.tenantId, id);
  if (!contact) return notFound('contact', id);
  return guardView(ctx.actor, contact) ?? ok(contact);
}
