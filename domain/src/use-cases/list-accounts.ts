import { z } from 'zod';
import type { Account } from '../model/account';
import { ok, type Result } from '../result';
import type { Page } from '../store/ports';
import type { UseCaseContext } from './context';
import { commonListQuery, LIST_FILTERS, listSortAndPage, pageRequestOf } from './list-input';

export const ListAccountsInput = z.object({
  ...LIST_FILTERS,
  ...listSortAndPage(['updatedAt', 'createdAt', 'name']),
});
export type ListAccountsInput = z.infer<typeof ListAccountsInput>;

/** A page of the accounts the actor may see; others' private accounts never show. */
export async function listAccounts(
  ctx: UseCaseContext,
  input: ListAccountsInput,
): Promise<Result<Page<Account>>> {
  const page = await ctx.store.accounts.list(
    ctx.actor.tenantId,
    commonListQuery(ctx.actor, 'account', input),
    pageRequestOf(input),
  );
  return ok(page);
}
