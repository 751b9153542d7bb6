import type { RecordRef } from '@channel-crm/domain';
import { useState } from 'react';
import { useHost } from '../../../shell/HostContext';
import { shareInTeams, shareLink } from '../../../shell/share-link';

/** `copiedForChat`: Share to chat copied the link, to be pasted in a chat by hand. */
export type CopyState = 'idle' | 'copied' | 'copiedForChat' | 'manual';

/**
 * The record's link for a colleague, copied to the clipboard or shared to a chat. Where the
 * clipboard is refused (some Teams clients frame the tab without it) the state turns `manual`
 * to show the link. Sharing uses Teams' share dialog where the client offers it, and copies
 * the link everywhere else (a browser, a client without sharing, a share that failed).
 */
export function useCopyLink(record: RecordRef) {
  const host = useHost();
  const link = shareLink(record, window.location.href);
  const [state, setState] = useState<CopyState>('idle');
  const copyAs = async (copied: 'copied' | 'copiedForChat') => {
    try {
      await navigator.clipboard.writeText(link);
      setState(copied);
    } catch {
      setState('manual');
    }
  };
  const share = async () => {
    if (host.kind === 'teams') {
      const shared = await shareInTeams(link).catch(() => false);
      if (shared) return setState('idle');
    }
    await copyAs('copiedForChat');
  };
  return { link, state, copy: () => copyAs('copied'), share, reset: () => setState('idle') };
}
