import { cardRefreshRoute } from './card-refresh';
import { unknownVerbRoute } from './card-unknown-verb';
import { findRoute, helpRoute, myDayRoute, myOpportunitiesRoute } from './commands';
import { installRoute, uninstallRoute } from './install';
import { linkUnfurlRoute } from './link-unfurl';
import { membersAddedRoute, membersRemovedRoute } from './members';
import { newLeadRoute } from './new-lead';
import { MESSAGE_ACTION_ROUTES } from './message-action';
import { OPPORTUNITY_VERB_ROUTES } from './opportunity-verb-routes';
import { RECORD_VERB_ROUTES } from './record-verb-routes';
import { LEAD_VERB_ROUTES } from './lead-verb-routes';
import type { BotRoute } from './route';
import { searchExtensionRoute } from './search-extension';
import { summaryRefreshRoute } from './summary-refresh';
import { TASK_VERB_ROUTES } from './task-verb-routes';

/** The bot's routing table: the first match handles the activity. */
export const BOT_ROUTES: BotRoute[] = [
  installRoute,
  uninstallRoute,
  membersAddedRoute,
  membersRemovedRoute,
  cardRefreshRoute,
  summaryRefreshRoute,
  ...RECORD_VERB_ROUTES,
  ...LEAD_VERB_ROUTES,
  ...OPPORTUNITY_VERB_ROUTES,
  ...TASK_VERB_ROUTES,
  ...MESSAGE_ACTION_ROUTES,
  unknownVerbRoute,
  searchExtensionRoute,
  linkUnfurlRoute,
  myOpportunitiesRoute,
  myDayRoute,
  findRoute,
  newLeadRoute,
  helpRoute,
];
