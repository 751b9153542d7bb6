import { MergeAccountInput, type Account } from '../model/account';
import type { Opportunity } from '../model/opportunity';
import { derivedId } from '../rules/deterministic-id';
import { union } from '../rules/merge-choices';
import { planAccountMerge } from '../rules/merge-accounts';
import { ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { mergeRecords, rewriteLinking } from './merge-records';

export { MergeAccountInput };

/** A deal linked to `to` where it was linked to `from`, primary if `from` was. */
function withAccountReplaced(opportunity: Opportunity, from: string, to: string): Opportunity {
  const accountIds = union(
    opportunity.accountIds.map((id) => (id === from ? to : id)),
    [],
  );
  const primaryAccountId =
    opportunity.primaryAccountId === from ? to : opportunity.primaryAccountId;
  return { ...opportunity, accountIds, primaryAccountId };
}

/** The merged account's contacts and deals (linked, primary or not) move to the survivor. */
async function moveAccountLinks(
  ctx: UseCaseContext,
  mergedId: string,
  survivor: Account,
): Promise<Result<unknown>> {
  const commitId = derivedId(`${mergedId}/${survivor.id}`, 'merge-links');
  const query = { accountId: mergedId };
  const contacts = await rewriteLinking(
    ctx,
    ctx.store.contacts,
    query,
    (contact) => ({ ...contact, accountId: survivor.id }),
    commitId,
  );
  if (!contacts.ok) return contacts;
  const opportunities = await rewriteLinking(
    ctx,
    ctx.store.opportunities,
    query,
    (opportunity) => withAccountReplaced(opportunity, mergedId, survivor.id),
    commitId,
  );
  return opportunities.ok ? ok(undefined) : opportunities;
}

/**
 * Merges one account into another (see mergeRecords): the survivor keeps the values chosen and
 * both accounts' tags and spaces, an `account.merged` event carries the field changes, and the
 * merged account becomes a tombstone redirecting to the survivor; its timeline and activities
 * move, its contacts belong to the survivor and its deals link the survivor instead (primary
 * where it was). A private account can only be merged by its creator, the only one who sees it.
 */
export const mergeAccounts = (
  ctx: UseCaseContext,
  survivorId: string,
  input: MergeAccountInput,
  expectedVersion?: number,
): Promise<Result<Account>> =>
  mergeRecords(
    ctx,
    {
      type: 'account',
      repository: ctx.store.accounts,
      event: 'account.merged',
      plan: (survivor, merged) => planAccountMerge(survivor, merged, input.values),
      moveLinks: moveAccountLinks,
    },
    survivorId,
    input.mergedId,
    expectedVersion,
  );
