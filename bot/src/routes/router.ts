import type { InvokeAnswer } from './activity';
import { pressCard, unknownUserCard } from './card-action';
import { respond } from './respond';
import type { BotRoute, TurnContext } from './route';

/**
 * Runs the first route that matches (an invoke nobody handles answers 501 like botbuilder).
 * Routes for CRM users answer anyone else that the CRM does not know them; a card verb's
 * route runs once per press and answers the record's current card.
 */
export async function routeActivity(
  routes: BotRoute[],
  turn: TurnContext,
): Promise<InvokeAnswer | void> {
  const { activity } = turn.turn;
  const route = routes.find((r) => r.match(activity));
  if (!route) return activity.type === 'invoke' ? { status: 501 } : undefined;
  if (route.kind === 'anyone') return route.handle(turn);
  const { actor } = turn;
  if (!actor) return respond(turn.turn, unknownUserCard(turn.t));
  if (route.kind === 'crmUser') return route.handle({ ...turn, actor });
  return pressCard(route, { ...turn, actor });
}
