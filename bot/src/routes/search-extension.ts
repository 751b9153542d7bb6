import { searchRecords } from '../views/record-search';
import { searchResults } from '../views/search-result';
import type { IncomingActivity } from './activity';
import { extensionMessage, extensionResults } from './compose-extension';
import type { OpenRoute } from './route';

export const QUERY_INVOKE = 'composeExtension/query';

/** The manifest's search command (appPackage/manifest.json `composeExtensions`). */
export const SEARCH_COMMAND_ID = 'searchRecords';
export const SEARCH_PARAMETER = 'searchText';

const DEFAULT_COUNT = 25;
const MAX_COUNT = 50;

type QueryValue = {
  commandId?: unknown;
  parameters?: { name?: unknown; value?: unknown }[];
  queryOptions?: { skip?: unknown; count?: unknown };
};

const whole = (value: unknown, fallback: number, max: number) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0
    ? Math.min(value, max)
    : fallback;

/** What a query asks: its command, its text (none on the initial run) and the page. */
function queryOf(a: IncomingActivity) {
  const value = (typeof a.value === 'object' && a.value !== null ? a.value : {}) as QueryValue;
  const parameters = Array.isArray(value.parameters) ? value.parameters : [];
  const text = parameters.find((p) => p?.name === SEARCH_PARAMETER)?.value;
  return {
    commandId: value.commandId,
    text: typeof text === 'string' ? text : '',
    skip: whole(value.queryOptions?.skip, 0, Number.MAX_SAFE_INTEGER),
    count: whole(value.queryOptions?.count, DEFAULT_COUNT, MAX_COUNT) || DEFAULT_COUNT,
  };
}

/**
 * The search message extension: leads, deals, accounts and contacts the user may see by name,
 * company or e-mail, each inserting its card; with no text, the records they viewed last in
 * the tab (else those they own, most recently changed first). Someone the CRM does not know,
 * or a command it does not have, gets a message and no results.
 */
export const searchExtensionRoute: OpenRoute = {
  kind: 'anyone',
  name: 'extension.search',
  match: (a) => a.type === 'invoke' && a.name === QUERY_INVOKE,
  async handle({ turn, services, actor, t }) {
    const query = queryOf(turn.activity);
    if (query.commandId !== SEARCH_COMMAND_ID) return extensionMessage(t.unknownSearch);
    if (!actor) return extensionMessage(t.notAUser);
    const found = await searchRecords(services, actor, query);
    return extensionResults(await searchResults(services, actor, found));
  },
};
