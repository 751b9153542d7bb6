import { cardActionRoute } from './card-action';
import { cardRefreshRoute } from './card-refresh';
import { findRoute, helpRoute, myDealsRoute } from './commands';
import { installRoute, uninstallRoute } from './install';
import { membersAddedRoute, membersRemovedRoute } from './members';
import type { BotRoute } from './route';

/** The bot's routing table: the first match handles the activity. */
export const BOT_ROUTES: BotRoute[] = [
  installRoute,
  uninstallRoute,
  membersAddedRoute,
  membersRemovedRoute,
  cardRefreshRoute,
  cardActionRoute,
  myDealsRoute,
  findRoute,
  helpRoute,
];
