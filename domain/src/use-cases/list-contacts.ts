import { z } from 'zod';
import { Id } from '../model/common';
import type { Contact } from '../model/contact';
import { ok, type Result } from '../result';
import type { Page } from '../store/ports';
import type { UseCaseContext } from './context';
import { commonListQuery, LIST_FILTERS, listSortAndPage, pageRequestOf } from './list-input';

export const ListContactsInput = z.object({
  ...LIST_FILTERS,
  /** Only those of this account (a contact's company; any account linked to a deal). */
  accountId: Id.optional(),
  ...listSortAndPage(['updatedAt', 'createdAt', 'name']),
});
export type ListContactsInput = z.infer<typeof ListContactsInput>;

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
