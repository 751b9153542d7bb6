import { execute, text, type ActionData } from './adaptive';

export const MUTE_VERBS = { mute: 'record.mute', unmute: 'record.unmute' } as const;

const MUTED_LINE = 'You muted this: no cards about it reach you. Unmute it here or in the tab.';

/** A line saying the viewer muted the record; nothing when they did not. */
export const mutedLine = (viewerMuted: boolean) =>
  viewerMuted ? [text(MUTED_LINE, { isSubtle: true, spacing: 'medium' })] : [];

/**
 * Unmute whenever the viewer muted the record; Mute on notification cards (those with the
 * event they announced), the way to stop hearing of it without unfollowing.
 */
export function muteActions(viewerMuted: boolean, data: ActionData) {
  if (viewerMuted) return [execute('Unmute', MUTE_VERBS.unmute, data)];
  return data.eventId ? [execute('Mute', MUTE_VERBS.mute, data)] : [];
}
