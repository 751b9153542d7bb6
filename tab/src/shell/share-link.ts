import { browserRecordLink, teamsRecordLink, type RecordRef } from '@channel-crm/domain';
import type { HostInfo } from './host';

/**
 * The link "Copy link" gives a colleague: inside Teams a deep link to this same tab (its
 * channel too), which opens in a browser at the tab's own address; outside Teams that address.
 */
export function shareLink(host: HostInfo, ref: RecordRef, tabUrl: string): string {
  const webUrl = browserRecordLink(tabUrl, ref);
  if (host.kind !== 'teams' || !host.appId || !host.pageId) return webUrl;
  return teamsRecordLink(
    {
      appId: host.appId,
      entityId: host.pageId,
      ...(host.frame === 'channel' && host.channelId ? { channelId: host.channelId } : {}),
      webUrl,
    },
    ref,
  );
}
