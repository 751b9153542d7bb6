import type { Actor, DomainError } from '@channel-crm/domain/server';
import { cardText, type CardText } from '../cards/card-text';
import { errorCard } from '../cards/error-card';
import { errorText } from '../cards/error-text';
import { OPPORTUNITY_VERBS } from '../cards/opportunity-card';
import type { BotServices } from '../bot-services';
import { contextFor, recordCard, refusalCard, viewerLocale } from '../views/record-card';
import { actingUser } from './acting-user';
import { CARD_VERBS, parseCardAction, VERB_NOTICES, type CardAction } from './card-verbs';
import { cardAnswer, cardInvokeOf } from './invoke';
import type { BotRoute } from './route';

/** Keeps a second press of the same action off while the first one runs. */
const CLAIM_MS = 30_000;

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
 * A pressed Action.Execute: the verb's use case runs as the user who pressed it, guarded by the
 * card's version. A second press of the same action (double click, replayed invoke) is claimed
 * already and answers the current card without running anything.
 */
export const cardActionRoute: BotRoute = {
  name: 'card.action',
  match: (a) => {
    const invoke = cardInvokeOf(a);
    return invoke !== undefined && invoke.verb !== OPPORTUNITY_VERBS.refresh;
  },
  async handle(turn, services) {
    const invoke = cardInvokeOf(turn.activity)!;
    const actor = await actingUser(turn.activity, services);
    if (!actor) return cardAnswer(unknownUserCard(cardText(turn.activity.locale)));
    const t = cardText(await viewerLocale(services, actor));
    const action = parseCardAction(invoke.data);
    const run = CARD_VERBS[invoke.verb];
    if (!action || !run) return cardAnswer(errorCard(t.didNotWork, t.unknownAction));
    const key = `action:${action.actionId}:${invoke.verb}`;
    const now = Date.now();
    const claim = await services.state.sent.claim(actor.tenantId, key, now, now + CLAIM_MS);
    if (claim !== 'claimed') return cardAnswer(await currentCard(services, actor, action));
    const result = await run(contextFor(services, actor, `card:${key}`), action, services).catch(
      async (error: unknown) => {
        await services.state.sent.release(actor.tenantId, key);
        throw error;
      },
    );
    if (!result.ok) {
      await services.state.sent.release(actor.tenantId, key);
      return cardAnswer(await refusal(services, actor, action, result.error, t));
    }
    await services.state.sent.mark(actor.tenantId, key, services.clock.now());
    return cardAnswer(await currentCard(services, actor, action, VERB_NOTICES[invoke.verb]?.(t)));
  },
};
