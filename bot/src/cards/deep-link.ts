import { teamsRecordLink, type RecordType } from '@channel-crm/domain';

/** The CRM tab the cards' "Open in tab" lands in: the app and the tab's `entityId`. */
export type TabLink = { appId: string; entityId: string };

/** A Teams deep link that opens the record in the CRM tab (the tab reads `page.subPageId`). */
export const recordDeepLink = (tab: TabLink, recordType: RecordType, recordId: string) =>
  teamsRecordLink(tab, { type: recordType, id: recordId });
