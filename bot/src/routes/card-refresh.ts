import { cardText } from '../cards/card-text';
import { errorCard } from '../cards/error-card';
import { OPPORTUNITY_VERBS } from '../cards/opportunity-card';
import { recordCard, viewerLocale } from '../views/record-card';
import { actingUser } from './acting-user';
import { unknownUserCard } from './card-action';
import { parseCardAction } from './card-verbs';
import { cardAnswer, cardInvokeOf } from './invoke';
import type { BotRoute } from './route';

/**
 * Teams asks for each viewer's own card (`refresh.userIds`): their rights and mute state; read
 * only, never a write. A notification card stays one (Mute stays on it).
 */
export const cardRefreshRoute: BotRoute = {
  name: 'card.refresh',
  match: (a) => cardInvokeOf(a)?.verb === OPPORTUNITY_VERBS.refresh,
  async handle(turn, services) {
    const action = parseCardAction(cardInvokeOf(turn.activity)!.data);
    const actor = await actingUser(turn.activity, services);
    if (!actor) return cardAnswer(unknownUserCard(cardText(turn.activity.locale)));
    if (!action) {
      const t = cardText(await viewerLocale(services, actor));
      return cardAnswer(errorCard(t.didNotWork, t.cardDamaged));
    }
    return cardAnswer(
      await recordCard(services, actor, action.recordType, action.recordId, {
        eventId: action.eventId,
      }),
    );
  },
};
