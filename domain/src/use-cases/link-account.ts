import { type AccountLinkInput, type Opportunity } from '../model/opportunity';
import { guardView } from '../rules/permissions';
import { linkAccount } from '../rules/primary-account';
import { notFound, type Result } from '../result';
import { changeAccountLinks } from './change-account-links';
import type { UseCaseContext } from './context';
import { recordAt } from './merged-record';

/** Links an account the actor may see; the first linked becomes primary. */
export const linkOpportunityAccount = (
  ctx: UseCaseContext,
  id: string,
  input: AccountLinkInput,
  expectedVersion: number,
): Promise<Result<Opportunity>> =>
  changeAccountLinks(ctx, id, expectedVersion, async (opportunity) => {
    // A merged account's old id links the account it was merged into.
    const account = await recordAt(ctx.store.accounts, ctx.actor.tenantId, input.accountId);
    if (!account) return notFound('account', input.accountId);
    return guardView(ctx.actor, account) ?? linkAccount(opportunity, account.id);
  });
