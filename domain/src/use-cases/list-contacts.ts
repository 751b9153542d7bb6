import { type Contact, ListContactsInput } from '../model/contact';
import { ok, type Result } from '../result';
import type { Page } from '../store/ports';
import type { UseCaseContext } from './context';
import { commonListQuery, pageRequestOf } from './list-input';

/** A page of the contacts the actor may see. */
export async function listContacts(
  ctx: UseCaseContext,
  input: ListContactsInput,
): Promise<Result<Page<Contact>>> {
  const page = await ctx.store.contacts.list(
    ctx.actor.tenantId,
    { ...commonListQuery(ctx.actor, 'contact', input), accountId: input.accountId },
    pageRequestOf(input),
  );
  return ok(page);
}
