import { type AccountLinkInput, type Opportunity } from '../model/opportunity';
import { guardView } from '../rules/permissions';
import { linkAccount } from '../rules/primary-account';
import { notFound, type Result } from '../result';
import { changeAccountLinks } from './change-account-links';
import type { UseCaseContext } from './context';

/** Links an account the actor may see; the first linked becomes primary. */
export const linkOpportunityAccount = (
  ctx: UseCaseContext,
  id: string,
  input: AccountLinkInput,
  expectedVersion: number,
): Promise<Result<Opportunity>> =>
  changeAccountLinks(ctx, id, expectedVersion, async (opportunity) => {
    const account = await ctx.store.accounts.get(ctx.actor.tenantId, input.accountId);
    if (!account) return notFound('account', input.accountId);
    return guardView(ctx.actor, account) ?? linkAccount(opportunity, input.accountId);
  });
