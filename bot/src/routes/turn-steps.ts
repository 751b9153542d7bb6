import { cardText } from '../cards/card-text';
import type { BotServices } from '../bot-services';
import { viewerLocale } from '../views/record-card';
import type { Turn } from './activity';
import { actingUser } from './acting-user';
import { rememberClientSettings } from './client-settings';
import { rememberConversation } from './conversation-refs';
import type { TurnContext } from './route';

/**
 * What every turn does before routing, once: find the CRM user behind it, keep their client's
 * locale and time zone, remember where a message came from (to reach its sender later), and
 * pick the language to answer in: the user's profile, or what the Teams client of someone the
 * CRM does not know reports.
 */
export async function prepareTurn(turn: Turn, services: BotServices): Promise<TurnContext> {
  const { activity } = turn;
  const actor = await actingUser(activity, services);
  await rememberClientSettings(activity, services, actor);
  if (activity.type === 'message') await rememberConversation(activity, services);
  const t = cardText(actor ? await viewerLocale(services, actor) : activity.locale);
  return { turn, services, actor, t };
}
