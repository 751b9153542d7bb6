import { recordOfSubPageId, recordTabPath } from '@channel-crm/domain';
import type { HostInfo } from './host';

/** Where a link naming no record we know lands: the "not found or not shared" page. */
export const RECORD_NOT_FOUND_SECTION = 'records';

const START_PAGE: Record<HostInfo['frame'], string> = {
  config: '/config',
  personal: '/my',
  channel: '/leads',
  browser: '/leads',
};

/**
 * The hash the tab opens on. A Teams deep link's `subPageId` wins over the tab's content URL
 * (which always carries its own hash); else the URL's route (a browser link to a record), else
 * the frame's start page.
 */
export function startHash(host: HostInfo, currentHash: string): string {
  if (host.subPageId) {
    const record = recordOfSubPageId(host.subPageId);
    return `#${record ? recordTabPath(record) : `/${RECORD_NOT_FOUND_SECTION}/unknown`}`;
  }
  return currentHash || `#${START_PAGE[host.frame]}`;
}
