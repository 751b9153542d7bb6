import { z } from 'zod';
import { Id, Tag, UserId } from '../model/common';
import type { Account } from '../model/account';
import { visibilityScope } from '../rules/permissions';
import { ok, type Result } from '../result';
import type { Page } from '../store/ports';
import type { UseCaseContext } from './context';

export const ListAccountsInput = z.object({
  /** One space (a channel tab): its accounts and the global ones; without it, all visible. */
  spaceId: Id.optional(),
  ownerId: UserId.optional(),
  tag: Tag.optional(),
  text: z.string().trim().max(200).optional(),
  sort: z.enum(['updatedAt', 'createdAt', 'name']).optional(),
  direction: z.enum(['asc', 'desc']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  continuation: z.string().max(2000).optional(),
});
export type ListAccountsInput = z.infer<typeof ListAccountsInput>;

/** A page of the accounts the actor may see; others' private accounts never show. */
export async function listAccounts(
  ctx: UseCaseContext,
  input: ListAccountsInput,
): Promise<Result<Page<Account>>> {
  const page = await ctx.store.accounts.list(
    ctx.actor.tenantId,
    {
      scope: visibilityScope(ctx.actor, 'account', input.spaceId ? [input.spaceId] : undefined),
      ownerId: input.ownerId,
      tag: input.tag,
      text: input.text,
      sort: input.sort ? { field: input.sort, direction: input.direction ?? 'asc' } : undefined,
    },
    { limit: input.limit, continuation: input.continuation },
  );
  return ok(page);
}
