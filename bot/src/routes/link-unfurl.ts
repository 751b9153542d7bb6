import type { RecordRef } from '@channel-crm/domain';
import {
  getAccount,
  getContact,
  getLead,
  getOpportunity,
  type Actor,
  type UseCaseContext,
} from '@channel-crm/domain/server';
import type { BotServices } from '../bot-services';
import { recordOfLink } from '../cards/deep-link';
import type { FoundRecord } from '../views/record-search';
import { contextFor } from '../views/record-card';
import { searchResults } from '../views/search-result';
import { extensionResults } from './compose-extension';
import type { OpenRoute } from './route';

export const QUERY_LINK_INVOKE = 'composeExtension/queryLink';

/** The record as the actor may read it, through the API's own use cases; undefined if hidden. */
async function readRecord(ctx: UseCaseContext, ref: RecordRef): Promise<FoundRecord | undefined> {
  switch (ref.type) {
    case 'lead': {
      const read = await getLead(ctx, ref.id);
      return read.ok ? { type: 'lead', record: read.value } : undefined;
    }
    case 'opportunity': {
      const read = await getOpportunity(ctx, ref.id);
      return read.ok ? { type: 'opportunity', record: read.value } : undefined;
    }
    case 'account': {
      const read = await getAccount(ctx, ref.id);
      return read.ok ? { type: 'account', record: read.value } : undefined;
    }
    case 'contact': {
      const read = await getContact(ctx, ref.id);
      return read.ok ? { type: 'contact', record: read.value } : undefined;
    }
  }
}

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
