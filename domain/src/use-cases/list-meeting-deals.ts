import type { MeetingAccountDeals } from '../model/meeting';
import { ListOpportunitiesInput } from '../model/opportunity';
import { duplicateKeys, normalizeEmail } from '../rules/duplicate-keys';
import { canView } from '../rules/permissions';
import { ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { findDuplicates } from './find-duplicates';
import { commonListQuery, pageRequestOf } from './list-input';
import { withAccountNames } from './with-account-names';

const MAX_INVITEES = 300;
const MAX_ACCOUNTS = 10;
const DEALS_PER_ACCOUNT = 20;

/**
 * What a meeting's side panel shows: the accounts whose contacts (those the actor may see) are
 * among the invitees, each with its open deals, closing soonest first. Invitees are found by
 * their e-mail's duplicate key: point reads, no scan.
 */
export async function listMeetingDeals(
  ctx: UseCaseContext,
  inviteeEmails: string[],
): Promise<Result<MeetingAccountDeals[]>> {
  const emails = inviteeEmails.slice(0, MAX_INVITEES).filter((e) => normalizeEmail(e));
  // A person's keys begin with their e-mail's; the rest (name, company domain) match others.
  const keys = [...new Set(emails.map((email) => duplicateKeys({ type: 'contact', email })[0]!))];
  const contacts = (await findDuplicates(ctx, 'contact', keys)).visible;
  const accountIds = [
    ...new Set(
      contacts.flatMap((c) =>
        c.type === 'contact' && !c.mergedInto && c.accountId ? [c.accountId] : [],
      ),
    ),
  ].slice(0, MAX_ACCOUNTS);
  if (accountIds.length === 0) return ok([]);
  const accounts = (await ctx.store.accounts.getMany(ctx.actor.tenantId, accountIds)).filter(
    (a) => !a.mergedInto && canView(ctx.actor, a),
  );
  const input = ListOpportunitiesInput.parse({
    status: 'open',
    sort: 'expectedCloseDate',
    limit: DEALS_PER_ACCOUNT,
  });
  // One page per account, sent together; the deals' account names in one read for them all.
  const pages = await Promise.all(
    accounts.map((account) =>
      ctx.store.opportunities.list(
        ctx.actor.tenantId,
        {
          ...commonListQuery(ctx.actor, 'opportunity', input),
          accountId: account.id,
          status: 'open',
        },
        pageRequestOf(input),
      ),
    ),
  );
  const named = await withAccountNames(
    ctx,
    pages.flatMap((page) => page.items),
  );
  let next = 0;
  return ok(
    accounts.map((account, i) => {
      const count = pages[i]!.items.length;
      next += count;
      return {
        account: { id: account.id, name: account.name },
        opportunities: named.slice(next - count, next),
      };
    }),
  );
}
