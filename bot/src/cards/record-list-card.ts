import { card, plain, text } from './adaptive';
import type { AdaptiveCard, Container } from './adaptive-card';
import type { CardText } from './card-text';
import { recordDeepLink, type TabLink } from './deep-link';

export type ListedRecord = {
  recordType: 'lead' | 'opportunity';
  id: string;
  title: string;
  detail: string;
};

/** A short list of records (my deals, search results), each opening in the tab. */
export function recordListCard(
  title: string,
  records: ListedRecord[],
  tab: TabLink,
  t: CardText,
): AdaptiveCard {
  if (records.length === 0)
    return card([text(plain(title), { weight: 'bolder' }), text(t.nothingFound)]);
  return card([
    text(plain(title), { weight: 'bolder', size: 'medium' }),
    ...records.map((r): Container => ({
      type: 'Container',
      separator: true,
      selectAction: {
        type: 'Action.OpenUrl',
        url: recordDeepLink(tab, r.recordType, r.id),
      },
      items: [
        text(plain(r.title), { weight: 'bolder' }),
        text(plain(r.detail), { isSubtle: true, spacing: 'none' }),
      ],
    })),
  ]);
}
