import {
  personName,
  recordSubPageId,
  type CreateSpaceInput,
  type RecordType,
  type Space,
} from '@channel-crm/domain';
import * as contracts from '@channel-crm/domain/contracts';
import { call } from '../../../shell/api-client';
import { pinnedEntityId, pinnedRoute, type PinnedView } from '../pinned-tab';

export const createSpace = (input: CreateSpaceInput, idempotencyKey: string) =>
  call(contracts.createSpace, { body: input, idempotencyKey });

/**
 * Ties a space to the channel the tab is being pinned in, with the tab's `entityId`, so the
 * bot's "Open in channel" finds this tab whatever it shows.
 */
export const linkSpace = (
  space: Space,
  view: PinnedView,
  teamId: string | undefined,
  channelId: string | undefined,
) =>
  call(contracts.updateSpace, {
    params: { id: space.id },
    body: {
      ...(teamId ? { teamId } : {}),
      ...(channelId ? { channelId, channelTabEntityId: pinnedEntityId(space.id, view) } : {}),
    },
    version: space.version,
  });

/** A record the tab may pin: its `<type>:<id>` (a deep link's subPageId), type and name. */
export type PinnableRecord = { id: string; type: RecordType; label: string };

const PER_TYPE = 5;

/** Deals, leads, accounts and contacts of the space whose name, company or e-mail match. */
export async function searchPinnableRecords(
  spaceId: string,
  text: string,
  signal?: AbortSignal,
): Promise<PinnableRecord[]> {
  const query = { spaceId, text: text || undefined, limit: PER_TYPE };
  const [opportunities, leads, accounts, contacts] = await Promise.all([
    call(contracts.listOpportunities, { query, signal }),
    call(contracts.listLeads, { query, signal }),
    call(contracts.listAccounts, { query, signal }),
    call(contracts.listContacts, { query, signal }),
  ]);
  const pinnable = (type: RecordType, id: string, label: string): PinnableRecord => ({
    id: recordSubPageId({ type, id }),
    type,
    label,
  });
  return [
    ...opportunities.items.map((o) => pinnable('opportunity', o.id, o.name)),
    ...leads.items.map((l) => pinnable('lead', l.id, personName(l))),
    ...accounts.items.map((a) => pinnable('account', a.id, a.name)),
    ...contacts.items.map((c) => pinnable('contact', c.id, personName(c))),
  ];
}

/** What Save pins: the space, what the tab shows of it, and the tab's suggested name. */
export type PinnedTab = { spaceId: string; view: PinnedView; name: string };

/** What Teams stores for the tab: it opens `contentUrl`; a browser opens `websiteUrl`. */
export function tabConfig(origin: string, tab: PinnedTab) {
  const url = `${origin}/#${pinnedRoute(tab.view)}`;
  return {
    entityId: pinnedEntityId(tab.spaceId, tab.view),
    contentUrl: url,
    websiteUrl: url,
    suggestedDisplayName: tab.name,
  };
}

/**
 * Inside Teams: enables Save and registers what Save does. A no-op in a browser. No remove
 * handler: removing the tab leaves the space and its records as they are.
 */
export async function registerTeamsSave(
  valid: boolean,
  save: () => Promise<PinnedTab>,
): Promise<void> {
  const { pages } = await import('@microsoft/teams-js');
  pages.config.setValidityState(valid);
  pages.config.registerOnSaveHandler((event) => {
    save()
      .then((tab) => pages.config.setConfig(tabConfig(window.location.origin, tab)))
      .then(() => event.notifySuccess())
      .catch((error: unknown) => event.notifyFailure(String(error)));
  });
}

/** A meeting's tab (its chat's tab and its side panel): the deals of the meeting's invitees. */
export const MEETING_TAB_ENTITY_ID = 'meeting-deals';

export function meetingTabConfig(origin: string, name: string) {
  const url = `${origin}/#/meeting`;
  return {
    entityId: MEETING_TAB_ENTITY_ID,
    contentUrl: url,
    websiteUrl: url,
    suggestedDisplayName: name,
  };
}

/** Inside a Teams meeting: Save adds the meeting panel; there is nothing to choose. */
export async function registerMeetingSave(name: string): Promise<void> {
  const { pages } = await import('@microsoft/teams-js');
  pages.config.setValidityState(true);
  pages.config.registerOnSaveHandler((event) => {
    pages.config
      .setConfig(meetingTabConfig(window.location.origin, name))
      .then(() => event.notifySuccess())
      .catch((error: unknown) => event.notifyFailure(String(error)));
  });
}
