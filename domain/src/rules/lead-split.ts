import type { Lead } from '../model/lead';
import type { CoOwnerShare } from '../model/shares';
import type { SplittableLead } from './split-execution';

/** What executing a filter reads of a lead: the split it carries, and the filter that made it. */
export const splittable = (lead: Lead): SplittableLead => ({
  ...lead,
  split:
    lead.splitBy && lead.shares ? { filterId: lead.splitBy, coOwners: lead.shares } : undefined,
});

/**
 * The lead split among the filter's co-owners: they become its co-owners with these shares. A
 * co-owner an earlier split of the same filter named and this one does not stops being one;
 * co-owners someone named by hand stay; the owner is never their own co-owner.
 */
export function splitLead(lead: Lead, filterId: string, shares: readonly CoOwnerShare[]): Lead {
  const earlier = new Set((lead.shares ?? []).map((s) => s.userId));
  const kept = lead.coOwnerIds.filter((id) => !earlier.has(id));
  const coOwnerIds = [...new Set([...kept, ...shares.map((s) => s.userId)])].filter(
    (id) => id !== lead.ownerId,
  );
  return {
    ...lead,
    coOwnerIds,
    shares: shares.map(({ userId, share }) => ({ userId, share })),
    splitBy: filterId,
  };
}

/** A user's share of a lead or opportunity in basis points, if they have one. */
export const shareOf = (
  record: { shares?: readonly CoOwnerShare[] },
  userId: string,
): number | undefined => record.shares?.find((s) => s.userId === userId)?.share;
