import { browserRecordLink, type RecordRef } from '@channel-crm/domain';

/**
 * The link "Copy link" and "Share to chat" give a colleague: the record on the tab's own domain,
 * `https://<tab host>/#/<section>/<id>`, in Teams too. Pasted in a chat, the bot unfurls it into
 * the record's card (its "Open in tab" is the Teams deep link); opened, it shows the record.
 */
export const shareLink = (ref: RecordRef, tabUrl: string): string => browserRecordLink(tabUrl, ref);

/**
 * Opens Teams' share dialog with the link; false when this Teams client cannot share (the caller
 * copies the link instead). Only to be called inside Teams, after teams-js initialized.
 */
export async function shareInTeams(url: string): Promise<boolean> {
  const { sharing } = await import('@microsoft/teams-js');
  if (!sharing.isSupported()) return false;
  await sharing.shareWebContent({ content: [{ type: 'URL', url, preview: true }] });
  return true;
}
