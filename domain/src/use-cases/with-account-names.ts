import type { DealListItem, Opportunity } from '../model/opportunity';
import { canView } from '../rules/permissions';
import type { UseCaseContext } from './context';

const primaryOf = (deal: Opportunity) => deal.primaryAccountId ?? deal.accountIds[0];

/**
 * Adds each deal's primary account name, reading those accounts in one round trip. An account
 * the viewer may not see (a colleague's private account) leaves the name out.
 */
export async function withAccountNames(
  ctx: UseCaseContext,
  deals: Opportunity[],
): Promise<DealListItem[]> {
  const ids = deals.flatMap((d) => primaryOf(d) ?? []);
  if (ids.length === 0) return deals;
  const accounts = await ctx.store.accounts.getMany(ctx.actor.tenantId, ids);
  const names = new Map(
    accounts.filter((a) => canView(ctx.actor, a)).map((a) => [a.id, a.name] as const),
  );
  return deals.map((deal) => {
    const name = names.get(primaryOf(deal) ?? '');
    return name === undefined ? deal : { ...deal, accountName: name };
  });
}
