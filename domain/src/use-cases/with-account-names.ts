import type { OpportunityListItem, Opportunity } from '../model/opportunity';
import { canView } from '../rules/permissions';
import type { UseCaseContext } from './context';

const primaryOf = (opportunity: Opportunity) =>
  opportunity.primaryAccountId ?? opportunity.accountIds[0];

/**
 * Adds each deal's primary account name, reading those accounts in one round trip. An account
 * the viewer may not see (a colleague's private account) leaves the name out.
 */
export async function withAccountNames(
  ctx: UseCaseContext,
  opportunities: Opportunity[],
): Promise<OpportunityListItem[]> {
  const ids = opportunities.flatMap((d) => primaryOf(d) ?? []);
  if (ids.length === 0) return opportunities;
  const accounts = await ctx.store.accounts.getMany(ctx.actor.tenantId, ids);
  const names = new Map(
    accounts.filter((a) => canView(ctx.actor, a)).map((a) => [a.id, a.name] as const),
  );
  return opportunities.map((opportunity) => {
    const name = names.get(primaryOf(opportunity) ?? '');
    return name === undefined ? opportunity : { ...opportunity, accountName: name };
  });
}
