import { teamsRecordLink, type RecordType, type Space } from '@channel-crm/domain';

/** The CRM tab the cards' "Open in tab" lands in: the app and the personal tab's `entityId`. */
export type TabLink = { appId: string; entityId: string };

/** A Teams deep link that opens the record in the personal CRM tab (the tab reads `page.subPageId`). */
export const recordDeepLink = (tab: TabLink, recordType: RecordType, recordId: string) =>
  teamsRecordLink(tab, { type: recordType, id: recordId });

/**
 * The same record in the channel tab of its space, when the space is pinned to a channel: the
 * channel tab's configuration saved `entityId = spaceId`. Undefined for an unpinned space.
 */
export function channelRecordDeepLink(
  tab: TabLink,
  space: Pick<Space, 'id' | 'channelId'> | undefined,
  recordType: RecordType,
  recordId: string,
): string | undefined {
  if (!space?.channelId) return undefined;
  return teamsRecordLink(
    { appId: tab.appId, entityId: space.id, channelId: space.channelId },
    { type: recordType, id: recordId },
  );
}
