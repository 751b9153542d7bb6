import type { Actor } from '@channel-crm/domain/server';
import type { BotServices } from '../bot-services';
import { recordOfLink } from '../cards/deep-link';
import { readRecord } from '../views/read-record';
import { contextFor } from '../views/record-card';
import { searchResults } from '../views/search-result';
import { extensionResults } from './compose-extension';
import type { OpenRoute } from './route';

export const QUERY_LINK_INVOKE = 'composeExtension/queryLink';

async function unfurl(services: BotServices, actor: Actor | undefined, url: unknown) {
  const ref = typeof url === 'string' ? recordOfLink(services.tab, url) : undefined;
  if (!ref || !actor) return [];
  const found = await readRecord(contextFor(services, actor, `read:${services.ids.uuid()}`), ref);
  return found ? searchResults(services, actor, [found]) : [];
}

/**
 * A pasted link to a record of the tab turns into the record's live card; a link to anything
 * else, or to a record the user may not see, gets an empty answer (the link stays a link).
 */
export const linkUnfurlRoute: OpenRoute = {
  kind: 'anyone',
  name: 'extension.queryLink',
  match: (a) => a.type === 'invoke' && a.name === QUERY_LINK_INVOKE,
  async handle({ turn, services, actor }) {
    const value = turn.activity.value as { url?: unknown } | undefined;
    return extensionResults(await unfurl(services, actor, value?.url));
  },
};
