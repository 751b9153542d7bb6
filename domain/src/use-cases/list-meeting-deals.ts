import type { MeetingAccountDeals } from '../model/meeting';
import { ListOpportunitiesInput } from '../model/opportunity';
import { duplicateKeys, normalizeEmail } from '../rules/duplicate-keys';
import { canView } from '../rules/permissions';
import { ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { findDuplicates } from './find-duplicates';
import { listOpportunities } from './list-opportunities';


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
  const found: MeetingAccountDeals[] = [];
  for (const account of accounts) {
    const deals = await listOpportunities(
      ctx,
      ListOpportunitiesInput.parse({
        accountId: account.id,
        status: 'open',
        sort: 'expectedCloseDate',
        limit: DEALS_PER_ACCOUNT,
      }),
    );
    if (!deals.ok) return deals;
    found.push({
      account: { id: account.id, name: account.name },
      opportunities: deals.value.items,
    });
  }
  return ok(found);
}
