import type { Actor, DomainError } from '@channel-crm/domain/server';
import type { CardText } from '../cards/card-text';
import { errorCard } from '../cards/error-card';
import { errorText } from '../cards/error-text';
import type { BotServices } from '../bot-services';
import { contextFor, recordCard, refusalCard } from '../views/record-card';
import type { InvokeAnswer } from './activity';
import { parseCardAction, type CardAction } from './card-action-data';
import { runOnce } from './claim-press';
import { cardAnswer, cardInvokeOf } from './invoke';
import type { UserTurn, VerbRoute } from './route';

/** For someone the CRM does not know: in the language their Teams client reports. */
export const unknownUserCard = (t: CardText) => errorCard(t.notAvailable, t.notAUser);

async function staleNotice(services: BotServices, actor: Actor, action: CardAction, t: CardText) {
  const repository =
    action.recordType === 'lead' ? services.store.leads : services.store.opportunities;
  const current = await repository.get(actor.tenantId, action.recordId);
  const by = current && (await services.store.users.get(actor.tenantId, current.updatedBy));
  return t.staleNotice(by?.name ?? t.someone, action.recordType);
}

/** The record's current card for the one who acted, still the notification card it was. */
const currentCard = (services: BotServices, actor: Actor, action: CardAction, notice?: string) =>
  recordCard(services, actor, action.recordType, action.recordId, {
    eventId: action.eventId,
    ...(notice ? { notice } : {}),
  });

async function refusal(
  services: BotServices,
  actor: Actor,
  action: CardAction,
  error: DomainError,
  t: CardText,
) {
  switch (error.kind) {
    case 'stale':
      return currentCard(services, actor, action, await staleNotice(services, actor, action, t));
    case 'validation':
    case 'rule':
      return currentCard(services, actor, action, errorText(error, t));
    default:
      return refusalCard(error, t);
  }
}

/**
 * A pressed Action.Execute: the verb's route runs its use case as the user who pressed it,
 * guarded by the card's version, once per press (a second press answers the current card
 * without running anything). The answer is the record's current card, or why it was refused.
 */
export async function pressCard(route: VerbRoute, turn: UserTurn): Promise<InvokeAnswer> {
  const { services, actor, t } = turn;
  const action = parseCardAction(cardInvokeOf(turn.turn.activity)!.data);
  if (!action) return cardAnswer(errorCard(t.didNotWork, t.unknownAction));
  const key = `action:${action.actionId}:${route.verb}`;
  const ctx = contextFor(services, actor, `card:${key}`);
  const result = await runOnce(services, actor.tenantId, key, () =>
    route.handle({ ...turn, action, ctx }),
  );
  if (!result) return cardAnswer(await currentCard(services, actor, action));
  if (!result.ok) return cardAnswer(await refusal(services, actor, action, result.error, t));
  return cardAnswer(await currentCard(services, actor, action, route.notice?.(t)));
}
