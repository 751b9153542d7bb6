import {
  recordOfSubPageId,
  recordOfTabPath,
  teamsRecordLink,
  type RecordRef,
  type RecordType,
  type Space,
} from '@channel-crm/domain';

/**
 * The CRM tab the cards' "Open in tab" lands in: the app and the personal tab's `entityId`;
 * `url`, the tab's own address (TAB_ENDPOINT), whose record links the bot unfurls.
 */
export type TabLink = { appId: string; entityId: string; url?: string };

/** A Teams deep link that opens the record in the personal CRM tab (the tab reads `page.subPageId`). */
export const recordDeepLink = (tab: TabLink, recordType: RecordType, recordId: string) =>
  teamsRecordLink(tab, { type: recordType, id: recordId });

/**
 * The same record in the channel tab of its space, when the space is pinned to a channel:
 * whatever that tab is pinned to (the whole space, a pipeline's board, another record), the
 * record as `subEntityId` opens it there. The tab is the one the configuration page last
 * pinned (`channelTabEntityId`), else the whole-space tab (`entityId = spaceId`). Undefined
 * for an unpinned space.
 */
export function channelRecordDeepLink(
  tab: TabLink,
  space: Pick<Space, 'id' | 'channelId' | 'channelTabEntityId'> | undefined,
  recordType: RecordType,
  recordId: string,
): string | undefined {
  if (!space?.channelId) return undefined;
  return teamsRecordLink(
    {
      appId: tab.appId,
      entityId: space.channelTabEntityId ?? space.id,
      channelId: space.channelId,
    },
    { type: recordType, id: recordId },
  );
}

const TEAMS_HOST = 'teams.microsoft.com';

/** A Teams deep link into one of this app's tabs: the record its `subEntityId` names. */
function recordOfTeamsLink(tab: TabLink, link: URL): RecordRef | undefined {
  const [, l, entity, appId] = link.pathname.split('/');
  if (l !== 'l' || entity !== 'entity' || decodeURIComponent(appId ?? '') !== tab.appId) return;
  try {
    const context = JSON.parse(link.searchParams.get('context') ?? '') as unknown;
    const subEntityId = (context as { subEntityId?: unknown } | null)?.subEntityId;
    return typeof subEntityId === 'string' ? recordOfSubPageId(subEntityId) : undefined;
  } catch {
    return undefined;
  }
}

const withoutTrailingSlash = (path: string) => path.replace(/\/+$/, '');

/** The tab's own address of a record (`https://tab/#/leads/<id>`, what "Copy link" gives in a browser). */
function recordOfBrowserLink(tabUrl: string, link: URL): RecordRef | undefined {
  const tab = new URL(tabUrl);
  if (link.origin !== tab.origin) return undefined;
  if (withoutTrailingSlash(link.pathname) !== withoutTrailingSlash(tab.pathname)) return undefined;
  return recordOfTabPath(link.hash.replace(/^#/, ''));
}

/**
 * The record a pasted link opens: the tab's address of it, or a Teams deep link into this app
 * (its `webUrl` being the tab's address). Undefined for any other link.
 */
export function recordOfLink(tab: TabLink, url: string): RecordRef | undefined {
  if (!URL.canParse(url)) return undefined;
  const link = new URL(url);
  if (link.protocol !== 'https:' && link.protocol !== 'http:') return undefined;
  if (link.hostname === TEAMS_HOST) return recordOfTeamsLink(tab, link);
  return tab.url ? recordOfBrowserLink(tab.url, link) : undefined;
}
