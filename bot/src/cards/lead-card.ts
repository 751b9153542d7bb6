import { recordTitle, type Lead } from '@channel-crm/domain';
import { card, execute, MAX_REFRESH_USERS, plain, text, type ActionData } from './adaptive';
import { cardText } from './card-text';
import { recordDeepLink, type TabLink } from './deep-link';
import { mutedLine, muteActions } from './mute-state';
import { noteAction } from './note-action';
import { OPPORTUNITY_VERBS } from './opportunity-card';

export type LeadCardInput = {
  lead: Lead;
  ownerName: string;
  /** The viewer's locale, the card's language (English when absent). */
  locale?: string;
  headline?: string;
  notice?: string;
  viewerFollows: boolean;
  /** The viewer muted this lead: they hear nothing of it. */
  viewerMuted: boolean;
  tab: TabLink;
  refreshUserIds: string[];
  actionId: string;
  eventId?: string;
};

/** A lead as a Universal Actions card; an anonymized lead shows no personal data at all. */
export function leadCard(input: LeadCardInput) {
  const { lead } = input;
  const t = cardText(input.locale);
  const data: ActionData = {
    recordType: 'lead',
    recordId: lead.id,
    version: lead.version,
    actionId: input.actionId,
    ...(input.eventId ? { eventId: input.eventId } : {}),
  };
  const anonymized = lead.anonymizedAt !== undefined;
  const name = anonymized ? t.anonymizedLead : recordTitle(lead);
  const facts = [
    { title: t.status, value: t.leadStatus[lead.status] },
    { title: t.owner, value: plain(input.ownerName) },
    ...(!anonymized && lead.company ? [{ title: t.company, value: plain(lead.company) }] : []),
  ];
  const body = [
    ...(input.notice ? [text(plain(input.notice), { color: 'attention', weight: 'bolder' })] : []),
    ...(input.headline ? [text(plain(input.headline), { isSubtle: true })] : []),
    text(plain(name), { size: 'large', weight: 'bolder' }),
    { type: 'FactSet', facts },
    ...mutedLine(input.viewerMuted, t),
  ];
  const actions = [
    noteAction(data, t),
    input.viewerFollows
      ? execute(t.unfollow, OPPORTUNITY_VERBS.unfollow, data)
      : execute(t.follow, OPPORTUNITY_VERBS.follow, data),
    ...muteActions(input.viewerMuted, data, t),
    {
      type: 'Action.OpenUrl',
      title: t.openInTab,
      url: recordDeepLink(input.tab, 'lead', lead.id),
    },
  ];
  return {
    ...card(body, actions),
    refresh: {
      action: execute(t.refresh, OPPORTUNITY_VERBS.refresh, data),
      userIds: input.refreshUserIds.slice(0, MAX_REFRESH_USERS),
    },
  };
}
