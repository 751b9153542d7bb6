import { card, text } from './adaptive';
import type { AdaptiveCard } from './adaptive-card';
import { cardText, type CardText } from './card-text';

/** The answer to `help` and to anything the bot does not understand. */
export const helpCard = (intro?: string, t: CardText = cardText('en')): AdaptiveCard =>
  card([
    ...(intro ? [text(intro)] : []),
    text(t.helpIntro),
    ...t.helpLines.map((line) => text(line)),
  ]);
