import type { RecordType } from '@channel-crm/domain';
import { card, plain, text } from './adaptive';
import type { AdaptiveCard } from './adaptive-card';
import type { CardText } from './card-text';
import { recordDeepLink, type TabLink } from './deep-link';

/** An account's or contact's card asks Teams for each viewer's own copy with this verb. */
export const SUMMARY_REFRESH_VERB = 'summary.refresh';

/** The record a summary card's refresh names. */
export type SummaryRefreshData = { recordType: 'account' | 'contact'; recordId: string };

/**
 * An account's or a contact's card: who they are and "Open in tab". It has no verbs of its own;
 * its refresh (no `userIds`: everyone in a conversation of up to 60 people) shows each viewer
 * the record as they may see it, so one who may not gets a card without its data.
 */
export const recordSummaryCard = (
  record: {
    type: Extract<RecordType, 'account' | 'contact'>;
    id: string;
    title: string;
    detail: string;
  },
  tab: TabLink,
  t: CardText,
): AdaptiveCard => {
  const data: SummaryRefreshData = { recordType: record.type, recordId: record.id };
  return {
    ...card(
      [
        text(plain(record.title), { size: 'large', weight: 'bolder' }),
        text(plain(record.detail), { isSubtle: true, spacing: 'none' }),
      ],
      [
        {
          type: 'Action.OpenUrl',
          title: t.openInTab,
          url: recordDeepLink(tab, record.type, record.id),
        },
      ],
    ),
    refresh: {
      action: { type: 'Action.Execute', title: t.refresh, verb: SUMMARY_REFRESH_VERB, data },
    },
  };
};
