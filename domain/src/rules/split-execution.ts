import type { LeadStatus } from '../model/lead';
import type { CoOwnerShare, SplitterFilter } from '../model/routing';
import { matchRule, type RoutableLead } from './routing';

/**
 * What executing a splitter filter reads of a lead. `split` is the split it carries, if any,
 * and the filter that made it.
 */
export type SplittableLead = RoutableLead & {
  id: string;
  status: LeadStatus;
  split?: { filterId: string; coOwners: readonly CoOwnerShare[] };
};

export type SplitFilterRule = Pick<SplitterFilter, 'id' | 'conditions' | 'coOwners'>;

/** Why a matching lead was left as it was; each is an error code with its own text. */
export type UnprocessedReason =
  'not_visible' | 'lead_closed' | 'split_by_other_filter' | 'inactive_user';

export type SplitOutcome =
  | { leadId: string; outcome: 'split'; coOwners: CoOwnerShare[] }
  | { leadId: string; outcome: 'unchanged' }
  | { leadId: string; outcome: 'unprocessed'; reason: Exclude<UnprocessedReason, 'inactive_user'> }
  | { leadId: string; outcome: 'unprocessed'; reason: 'inactive_user'; userId: string };

export type SplitContext = {
  /** Whether the user executing the filter may see this lead. */
  canSee: (lead: SplittableLead) => boolean;
  isActiveUser: (userId: string) => boolean;
};

const CLOSED: ReadonlySet<LeadStatus> = new Set(['qualified', 'disqualified']);

const sameShares = (a: readonly CoOwnerShare[], b: readonly CoOwnerShare[]) => {
  const key = (shares: readonly CoOwnerShare[]) =>
    shares
      .map(({ userId, share }) => `${userId}:${share}`)
      .sort()
      .join();
  return key(a) === key(b);
};

/**
 * What Execute does to each lead of a page that the filter's conditions match (the others are
 * not the filter's business and get no outcome). Checked in this order, the first that applies
 * wins:
 * 1. a lead the executing user may not see is `not_visible` (nothing else about it is told);
 * 2. a qualified or disqualified lead is `lead_closed`;
 * 3. a lead another filter split is `split_by_other_filter`;
 * 4. a lead this filter already split with the same shares is `unchanged`, so executing again
 *    changes nothing; one it split before the filter's shares were edited is split again;
 * 5. with a co-owner no longer active, every lead is `inactive_user`, naming the first one;
 * 6. otherwise the lead is `split` among the filter's co-owners with their shares.
 */
export function executeSplit(
  filter: SplitFilterRule,
  leads: readonly SplittableLead[],
  context: SplitContext,
): SplitOutcome[] {
  const inactive = filter.coOwners.find((coOwner) => !context.isActiveUser(coOwner.userId));
  return leads
    .filter((lead) => matchRule(lead, filter.conditions))
    .map((lead): SplitOutcome => {
      const leadId = lead.id;
      if (!context.canSee(lead)) return { leadId, outcome: 'unprocessed', reason: 'not_visible' };
      if (CLOSED.has(lead.status)) return { leadId, outcome: 'unprocessed', reason: 'lead_closed' };
      if (lead.split && lead.split.filterId !== filter.id)
        return { leadId, outcome: 'unprocessed', reason: 'split_by_other_filter' };
      if (lead.split && sameShares(lead.split.coOwners, filter.coOwners))
        return { leadId, outcome: 'unchanged' };
      if (inactive)
        return {
          leadId,
          outcome: 'unprocessed',
          reason: 'inactive_user',
          userId: inactive.userId,
        };
      return {
        leadId,
        outcome: 'split',
        coOwners: filter.coOwners.map(({ userId, share }) => ({ userId, share })),
      };
    });
}
