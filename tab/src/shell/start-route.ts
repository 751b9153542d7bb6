import { recordOfSubPageId, recordTabPath } from '@channel-crm/domain';
import type { HostInfo } from './host';
import { pinnedRoute, pinnedViewOf } from './pinned-tab';

/** Where a link naming no record we know lands: the "not found or not shared" page. */
export const RECORD_NOT_FOUND_SECTION = 'records';

const START_PAGE: Record<HostInfo['frame'], string> = {
  config: '/config',
  personal: '/my',
  channel: '/leads',
  browser: '/leads',
};

/**
 * The hash the tab opens on. A Teams deep link's `subPageId` wins; then, in a channel tab, what
 * its configuration pinned (its `entityId`: a pipeline or a record, over a content URL a client
 * may have cut short); else the URL's route (a browser link to a record), else the frame's start.
 */
export function startHash(host: HostInfo, currentHash: string): string {
  if (host.subPageId) {
    const record = recordOfSubPageId(host.subPageId);
    return `#${record ? recordTabPath(record) : `/${RECORD_NOT_FOUND_SECTION}/unknown`}`;
  }
  const pinned = host.frame === 'channel' && host.pageId ? pinnedViewOf(host.pageId) : undefined;
  if (pinned && pinned.kind !== 'space') return `#${pinnedRoute(pinned)}`;
  return currentHash || `#${START_PAGE[host.frame]}`;
}
