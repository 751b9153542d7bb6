import { card, plain, text } from './adaptive';

/** What a refused or failed card action shows in place of the card. */
export const errorCard = (title: string, detail: string) =>
  card([text(plain(title), { weight: 'bolder', color: 'attention' }), text(plain(detail))]);
