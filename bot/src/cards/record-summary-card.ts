import type { RecordType } from '@channel-crm/domain';
import { card, plain, text } from './adaptive';
import type { AdaptiveCard } from './adaptive-card';
import type { CardText } from './card-text';
import { recordDeepLink, type TabLink } from './deep-link';

/**
 * An account's or a contact's card: who they are and "Open in tab", which opens it as the
 * viewer may see it (they have no verbs of their own on a card).
 */
export const recordSummaryCard = (
  record: { type: RecordType; id: string; title: string; detail: string },
  tab: TabLink,
  t: CardText,
): AdaptiveCard =>
  card(
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
  );
