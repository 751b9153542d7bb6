import { errorCard } from '../cards/error-card';
import { cardAnswer, cardInvokeOf } from './invoke';
import type { UserRoute } from './route';

/** A card action no verb route takes (an old or forged card): it changes nothing. */
export const unknownVerbRoute: UserRoute = {
  kind: 'crmUser',
  name: 'card.unknownVerb',
  match: (a) => cardInvokeOf(a) !== undefined,
  handle: async ({ t }) => cardAnswer(errorCard(t.didNotWork, t.unknownAction)),
};
