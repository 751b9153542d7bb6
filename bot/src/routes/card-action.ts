import type { Actor, DomainError } from '@channel-crm/domain/server';
import { errorCard } from '../cards/error-card';
import { OPPORTUNITY_VERBS } from '../cards/opportunity-card';
import type { BotServices } from '../bot-services';
import { contextFor, recordCard, refusalCard } from '../views/record-card';
import { actingUser } from './acting-user';
import { CARD_VERBS, parseCardAction, VERB_NOTICES, type CardAction } from './card-verbs';
import { cardAnswer, cardInvokeOf } from './invoke';
import type { BotRoute } from './route';

/** Keeps a second press of the same action off while the first one runs. */
const CLAIM_MS = 30_000;

export const UNKNOWN_USER_CARD = errorCard(
  'Not available',
  'You are not a user of this CRM yet: open the CRM tab once, then try again.',
);

async function staleNotice(services: BotServices, actor: Actor, action: CardAction) {
  const repository =
    action.recordType === 'lead' ? services.store.leads : services.store.opportunities;
  const current = await repository.get(actor.tenantId, action.recordId);
  const by = current && (await services.store.users.get(actor.tenantId, current.updatedBy));
  const noun = action.recordType === 'lead' ? 'lead' : 'deal';
  return `${by?.name ?? 'Someone'} changed this ${noun} after your card was sent, so your action was not applied. This is the current state.`;
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
) {
  switch (error.kind) {
    case 'stale':
      return currentCard(services, actor, action, await staleNotice(services, actor, action));
    case 'validation':
    case 'rule':
      return currentCard(services, actor, action, error.message);
    default:
      return refusalCard(error);
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
    if (!actor) return cardAnswer(UNKNOWN_USER_CARD);
    const action = parseCardAction(invoke.data);
    const run = CARD_VERBS[invoke.verb];
    if (!action || !run) {
      return cardAnswer(errorCard('That did not work', 'This card action is not one we know.'));
    }
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
      return cardAnswer(await refusal(services, actor, action, result.error));
    }
    await services.state.sent.mark(actor.tenantId, key, services.clock.now());
    return cardAnswer(await currentCard(services, actor, action, VERB_NOTICES[invoke.verb]));
  },
};
