import type { AdaptiveCard } from '../cards/adaptive-card';
import { REFRESH_VERB } from '../cards/card-verbs';
import type { IncomingActivity, InvokeAnswer } from './activity';

export const CARD_ACTION_INVOKE = 'adaptiveCard/action';

/** The Universal Actions invoke's payload: the pressed action and its data with the inputs. */
export type CardInvoke = { verb: string; data: Record<string, unknown> };

export function cardInvokeOf(a: IncomingActivity): CardInvoke | undefined {
  if (a.type !== 'invoke' || a.name !== CARD_ACTION_INVOKE) return undefined;
  const value = a.value as { action?: { verb?: unknown; data?: unknown } } | undefined;
  const verb = value?.action?.verb;
  const data = value?.action?.data;
  if (typeof verb !== 'string') return undefined;
  return {
    verb,
    data: typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {},
  };
}

/** Teams asking for a viewer's own card: it only reads. */
export const isCardRefresh = (a: IncomingActivity) => cardInvokeOf(a)?.verb === REFRESH_VERB;

/** Teams replaces the card with this one (for the viewer who acted or refreshed). */
export const cardAnswer = (card: AdaptiveCard): InvokeAnswer => ({
  status: 200,
  body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card },
});
