import type { Account } from '../model/account';
import { guardView } from '../rules/permissions';
import { notFound, ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { recordAt } from './merged-record';

/** One account, if the actor may see it (hidden or someone else's private: not found). */
export async function getAccount(ctx: UseCaseContext, id: string): Promise<Result<Account>> {
  const account = await recordAt(ctx.store.accounts, ctx.actor.tenantId, id);
  if (!account) return notFound('account', id);
  return guardView(ctx.actor, account) ?? ok(account);
}
