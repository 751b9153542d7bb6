import { errorCard } from '../cards/error-card';
import { recordCard } from '../views/record-card';
import { parseCardAction } from './card-action-data';
import { cardAnswer, cardInvokeOf, isCardRefresh } from './invoke';
import type { UserRoute } from './route';

/**
 * Teams asks for each viewer's own card (`refresh.userIds`): their rights and mute state; read
 * only, never a write. A notification card stays one (Mute stays on it).
 */
export const cardRefreshRoute: UserRoute = {
  kind: 'crmUser',
  name: 'card.refresh',
  match: isCardRefresh,
  async handle({ turn, services, actor, t }) {
    const action = parseCardAction(cardInvokeOf(turn.activity)!.data);
    if (!action) return cardAnswer(errorCard(t.didNotWork, t.cardDamaged));
    return cardAnswer(
      await recordCard(services, actor, action.recordType, action.recordId, {
        eventId: action.eventId,
      }),
    );
  },
};
