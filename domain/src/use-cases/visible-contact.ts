import type { Contact } from '../model/contact';
import { guardView } from '../rules/permissions';
import { notFound, ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { recordAt } from './merged-record';

/** A contact the actor may see (a hidden one answers not found). */
export async function visibleContact(ctx: UseCaseContext, id: string): Promise<Result<Contact>> {
  const contact = await recordAt(ctx.store.contacts, ctx.actor.tenantId, id);
  if (!contact) return notFound('contact', id);
  return guardView(ctx.actor, contact) ?? ok(contact);
}
