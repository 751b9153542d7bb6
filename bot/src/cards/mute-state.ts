import { execute, text, type ActionData } from './adaptive';
import type { ExecuteAction, TextBlock } from './adaptive-card';
import type { CardText } from './card-text';
import { RECORD_VERBS } from './card-verbs';

/** A line saying the viewer muted the record; nothing when they did not. */
export const mutedLine = (viewerMuted: boolean, t: CardText): TextBlock[] =>
  viewerMuted ? [text(t.mutedLine, { isSubtle: true, spacing: 'medium' })] : [];

/**
 * Unmute whenever the viewer muted the record; Mute on notification cards (those with the
 * event they announced), the way to stop hearing of it without unfollowing.
 */
export function muteActions(viewerMuted: boolean, data: ActionData, t: CardText): ExecuteAction[] {
  if (viewerMuted) return [execute(t.unmute, RECORD_VERBS.unmute, data)];
  return data.eventId ? [execute(t.mute, RECORD_VERBS.mute, data)] : [];
}
