import { card, execute, MAX_REFRESH_USERS, plain, text, type ActionData } from './adaptive';
import type { AdaptiveCard, CardAction, CardElement, Fact, Refresh } from './adaptive-card';
import type { CardText } from './card-text';
import { RECORD_VERBS, REFRESH_VERB } from './card-verbs';
import type { Space } from '@channel-crm/domain';
import { channelRecordDeepLink, recordDeepLink, type TabLink } from './deep-link';
import { mutedLine, muteActions } from './mute-state';
import { noteAction } from './note-action';

/** What a lead's or a deal's card input has in common. */
export type RecordCardInput = {
  /** What happened, for a notification ("Ana moved it to Negotiation"). */
  headline?: string;
  /** A line above the card: what is missing, what changed meanwhile, what was refused. */
  notice?: string;
  viewerFollows: boolean;
  /** The viewer muted this record: they hear nothing of it. */
  viewerMuted: boolean;
  tab: TabLink;
  /** The record's space: when it is pinned to a channel, the card also opens the channel tab. */
  space?: Pick<Space, 'id' | 'channelId'>;
  /**
   * Who sees their own refreshed card automatically (Teams accepts at most 60); absent:
   * everyone in a conversation of up to 60 people (a card a user shares in a chat).
   */
  refreshUserIds?: string[];
  actionId: string;
  eventId?: string;
};

/** The data every Action.Execute of a record's card carries. */
export const actionData = (
  recordType: ActionData['recordType'],
  record: { id: string; version: number },
  input: RecordCardInput,
): ActionData => ({
  recordType,
  recordId: record.id,
  version: record.version,
  actionId: input.actionId,
  ...(input.eventId ? { eventId: input.eventId } : {}),
});

/** A record's card always asks Teams to refresh it for each viewer. */
export type RecordCard = AdaptiveCard & { refresh: Refresh };

/**
 * The card every lead and deal gets: the notice and what happened above its title and facts,
 * the viewer's mute state; `editActions` first, then note, follow, mute, "Open in tab" and (for
 * a space pinned to a channel) "Open in channel"; and
 * a refresh so each viewer sees their own card.
 */
export function recordCardFrame(
  input: RecordCardInput,
  t: CardText,
  content: { data: ActionData; title: string; facts: Fact[]; editActions?: CardAction[] },
): RecordCard {
  const { data } = content;
  const body: CardElement[] = [
    ...(input.notice ? [text(plain(input.notice), { color: 'attention', weight: 'bolder' })] : []),
    ...(input.headline ? [text(plain(input.headline), { isSubtle: true })] : []),
    text(plain(content.title), { size: 'large', weight: 'bolder' }),
    { type: 'FactSet', facts: content.facts },
    ...mutedLine(input.viewerMuted, t),
  ];
  const actions: CardAction[] = [
    ...(content.editActions ?? []),
    noteAction(data, t),
    input.viewerFollows
      ? execute(t.unfollow, RECORD_VERBS.unfollow, data)
      : execute(t.follow, RECORD_VERBS.follow, data),
    ...muteActions(input.viewerMuted, data, t),
    {
      type: 'Action.OpenUrl',
      title: t.openInTab,
      url: recordDeepLink(input.tab, data.recordType, data.recordId),
    },
    ...openInChannel(input, data, t),
  ];
  return {
    ...card(body, actions),
    refresh: {
      action: execute(t.refresh, REFRESH_VERB, data),
      ...(input.refreshUserIds
        ? { userIds: input.refreshUserIds.slice(0, MAX_REFRESH_USERS) }
        : {}),
    },
  };
}

function openInChannel(input: RecordCardInput, data: ActionData, t: CardText): CardAction[] {
  const url = channelRecordDeepLink(input.tab, input.space, data.recordType, data.recordId);
  return url ? [{ type: 'Action.OpenUrl', title: t.openInChannel, url }] : [];
}
