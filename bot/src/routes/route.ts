import type { BotServices } from '../bot-services';
import type { IncomingActivity, InvokeAnswer, Turn } from './activity';

/** One entry of the bot's routing table, with a readable name for logs and tests. */
export type BotRoute = {
  name: string;
  match(activity: IncomingActivity): boolean;
  handle(turn: Turn, services: BotServices): Promise<InvokeAnswer | void>;
};

/** Runs the first route that matches; an invoke nobody handles answers 501 like botbuilder. */
export async function routeActivity(
  routes: BotRoute[],
  turn: Turn,
  services: BotServices,
): Promise<InvokeAnswer | void> {
  const route = routes.find((r) => r.match(turn.activity));
  if (route) return route.handle(turn, services);
  if (turn.activity.type === 'invoke') return { status: 501 };
}
