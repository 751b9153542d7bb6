import { card, text } from './adaptive';

export const HELP_LINES = [
  '**help**: what I can do',
  '**my deals**: your open deals',
  '**find** *text*: leads and deals you may see that match',
];

/** The answer to `help` and to anything the bot does not understand. */
export const helpCard = (intro?: string) =>
  card([
    ...(intro ? [text(intro)] : []),
    text('I tell you about deals you follow and let you act on them from the card.'),
    ...HELP_LINES.map((line) => text(line)),
  ]);
