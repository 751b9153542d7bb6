import { recordTitle, type Lead } from '@channel-crm/domain';
import { execute, plain } from './adaptive';
import { LEAD_VERBS } from './card-verbs';
import { cardText } from './card-text';
import {
  actionData,
  recordCardFrame,
  type RecordCard,
  type RecordCardInput,
} from './record-card-frame';

export type LeadCardInput = RecordCardInput & {
  lead: Lead;
  ownerName: string;
  /** The viewer's share in basis points when the lead is split and they are among its co-owners. */
  viewerShare?: number;
  /** The viewer's locale, the card's language (English when absent). */
  locale?: string;
  /**
   * The viewer may claim the lead (it is in the free pool, or theirs and not accepted yet): the
   * card offers Claim.
   */
  claimable?: boolean;
  /** Who claimed the lead, when someone did: the card names them instead of offering Claim. */
  claimerName?: string;
};

/** A lead as a Universal Actions card; an anonymized lead shows no personal data at all. */
export function leadCard(input: LeadCardInput): RecordCard {
  const { lead } = input;
  const t = cardText(input.locale);
  const anonymized = lead.anonymizedAt !== undefined;
  const data = actionData('lead', lead, input);
  return recordCardFrame(input, t, {
    data,
    title: anonymized ? t.anonymizedLead : recordTitle(lead),
    facts: [
      { title: t.status, value: t.leadStatus[lead.status] },
      { title: t.owner, value: plain(input.ownerName) },
      ...(input.claimerName !== undefined
        ? [{ title: t.claimedBy, value: plain(input.claimerName) }]
        : []),
      ...(input.viewerShare !== undefined
        ? [{ title: t.yourShare, value: t.percent(input.viewerShare) }]
        : []),
      ...(lead.priority ? [{ title: t.priority, value: t.leadPriority[lead.priority] }] : []),
      ...(!anonymized && lead.company ? [{ title: t.company, value: plain(lead.company) }] : []),
    ],
    editActions: input.claimable ? [execute(t.claim, LEAD_VERBS.claim, data)] : [],
  });
}
