import { z } from 'zod';
import { Id, Tag, UserId } from '../model/common';
import type { Contact } from '../model/contact';
import { visibilityScope } from '../rules/permissions';
import { ok, type Result } from '../result';
import type { Page } from '../store/ports';
import type { UseCaseContext } from './context';

export const ListContactsInput = z.object({
  /** One space (a channel tab): its contacts and the global ones; without it, all visible. */
  spaceId: Id.optional(),
  ownerId: UserId.optional(),
  /** Only those of this account (a contact's company; any account linked to a deal). */
  accountId: Id.optional(),
  tag: Tag.optional(),
  text: z.string().trim().max(200).optional(),
  sort: z.enum(['updatedAt', 'createdAt', 'name']).optional(),
  direction: z.enum(['asc', 'desc']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  continuation: z.string().max(2000).optional(),
});
export type ListContactsInput = z.infer<typeof ListContactsInput>;

/** A page of the contacts the actor may see. */
export async function listContacts(
  ctx: UseCaseContext,
  input: ListContactsInput,
): Promise<Result<Page<Contact>>> {
  const page = await ctx.store.contacts.list(
    ctx.actor.tenantId,
    {
      scope: visibilityScope(ctx.actor, 'contact', input.spaceId ? [input.spaceId] : undefined),
      ownerId: input.ownerId,
      accountId: input.accountId,
      tag: input.tag,
      text: input.text,
      sort: input.sort ? { field: input.sort, direction: input.direction ?? 'asc' } : undefined,
    },
    { limit: input.limit, continuation: input.continuation },
  );
  return ok(page);
}
