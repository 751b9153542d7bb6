import type { Lead } from '../model/lead';
import { splitLead, splittable } from '../rules/lead-split';
import { executeSplit } from '../rules/split-execution';
import { ok, type Result } from '../result';
import { commitRecord } from './commit-record';
import type { UseCaseContext } from './context';
import { readSplitterFilters } from './splitter-documents';

/**
 * The arrival hook: after the assignment rules placed an arriving lead (any source but manual
 * entry), the first of its space's filters set to run on arrival whose conditions match splits
 * it. Answers the lead as it now is; a lead no such filter matches, or one a filter may not
 * split (an inactive co-owner), is answered as it was.
 */
export async function splitArrivingLead(ctx: UseCaseContext, lead: Lead): Promise<Result<Lead>> {
  if (lead.source === 'manual') return ok(lead);
  const filters = (await readSplitterFilters(ctx, lead.spaceId)).filters.filter(
    (filter) => filter.runOnArrival,
  );
  if (filters.length === 0) return ok(lead);
  const userIds = [...new Set(filters.flatMap((f) => f.coOwners.map((c) => c.userId)))];
  const users = await ctx.store.users.getMany(ctx.actor.tenantId, userIds);
  const active = new Set(users.filter((u) => u.spaceIds.includes(lead.spaceId)).map((u) => u.id));
  for (const filter of filters) {
    const [outcome] = executeSplit(filter, [splittable(lead)], {
      // The system places arriving leads; it sees every one.
      canSee: () => true,
      isActiveUser: (userId) => active.has(userId),
    });
    if (!outcome) continue;
    if (outcome.outcome !== 'split') return ok(lead);
    const split = splitLead(lead, filter.id, outcome.coOwners);
    return commitRecord(ctx, split, lead.version, [
      {
        type: 'lead.split',
        changes: [{ field: 'shares', old: lead.shares, new: split.shares }],
        data: { filterId: filter.id, filterName: filter.name, shares: split.shares },
      },
    ]);
  }
  return ok(lead);
}
