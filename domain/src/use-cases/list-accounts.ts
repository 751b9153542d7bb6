import { type Account, ListAccountsInput } from '../model/account';
import { ok, type Result } from '../result';
import type { Page } from '../store/ports';
import type { UseCaseContext } from './context';
import { commonListQuery, pageRequestOf } from './list-input';

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
