import type { HeldChange } from '../notifier/state';
import { card, plain, text } from './adaptive';
import type { AdaptiveCard, Container } from './adaptive-card';
import type { CardText } from './card-text';
import { recordDeepLink, type TabLink } from './deep-link';

/** Enough lines for a day; the rest is counted, keeping the card well under 28 KB. */
export const DIGEST_MAX_LINES = 40;

/** One card listing a digest user's changes of the day, each opening its record in the tab. */
export function digestCard(changes: HeldChange[], tab: TabLink, t: CardText): AdaptiveCard {
  const shown = changes.slice(0, DIGEST_MAX_LINES);
  const more = changes.length - shown.length;
  return card([
    text(t.digestTitle, { weight: 'bolder', size: 'medium' }),
    text(t.digestSummary(changes.length), { isSubtle: true, spacing: 'none' }),
    ...shown.map((c): Container => ({
      type: 'Container',
      separator: true,
      ...(c.recordType === 'space'
        ? {}
        : {
            selectAction: {
              type: 'Action.OpenUrl',
              url: recordDeepLink(tab, c.recordType, c.recordId),
            },
          }),
      items: [
        text(plain(c.recordTitle.slice(0, 200)), { weight: 'bolder' }),
        text(plain(c.headline.slice(0, 300)), { spacing: 'none' }),
      ],
    })),
    ...(more > 0 ? [text(t.digestMore(more), { isSubtle: true })] : []),
  ]);
}
