import { execute, text, type ActionData } from './adaptive';
import type { CardText } from './card-text';

export const MUTE_VERBS = { mute: 'record.mute', unmute: 'record.unmute' } as const;

/** A line saying the viewer muted the record; nothing when they did not. */
export const mutedLine = (viewerMuted: boolean, t: CardText) =>
  viewerMuted ? [text(t.mutedLine, { isSubtle: true, spacing: 'medium' })] : [];

/**
 * Unmute whenever the viewer muted the record; Mute on notification cards (those with the
 * event they announced), the way to stop hearing of it without unfollowing.
 */
export function muteActions(viewerMuted: boolean, data: ActionData, t: CardText) {
  if (viewerMuted) return [execute(t.unmute, MUTE_VERBS.unmute, data)];
  return data.eventId ? [execute(t.mute, MUTE_VERBS.mute, data)] : [];
}
