import { guardView } from '../rules/permissions';
import { notFound } from '../result';
import type { UseCaseContext } from './context';

/**
 * A contact may be linked only to an account the actor sees (else: not found); a merged
 * account's tombstone is no longer one to link.
 */
export async function refuseHiddenAccount(ctx: UseCaseContext, accountId: string | undefined) {
  if (!accountId) return undefined;
  const account = await ctx.store.accounts.get(ctx.actor.tenantId, accountId);
  if (!account || account.mergedInto) return notFound('account', accountId);
  return guardView(ctx.actor, account);
}
