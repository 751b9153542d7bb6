import type { RecordRef } from '@channel-crm/domain';
import { useState } from 'react';
import { useHost } from '../../../shell/HostContext';
import { shareLink } from '../../../shell/share-link';

export type CopyState = 'idle' | 'copied' | 'manual';

/**
 * The record's link for a colleague and a copy to the clipboard. Where the clipboard is refused
 * (some Teams clients frame the tab without it) the state turns `manual` to show the link.
 */
export function useCopyLink(record: RecordRef) {
  const host = useHost();
  const link = shareLink(host, record, window.location.href);
  const [state, setState] = useState<CopyState>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setState('copied');
    } catch {
      setState('manual');
    }
  };
  return { link, state, copy, reset: () => setState('idle') };
}
