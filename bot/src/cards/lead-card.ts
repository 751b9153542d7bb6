import { recordTitle, type Lead } from '@channel-crm/domain';
import { card, execute, MAX_REFRESH_USERS, plain, text, type ActionData } from './adaptive';
import { recordDeepLink, type TabLink } from './deep-link';
import { mutedLine, muteActions } from './mute-state';
import { noteAction } from './note-action';
import { OPPORTUNITY_VERBS } from './opportunity-card';

export type LeadCardInput = {
  lead: Lead;
  ownerName: string;
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

const STATUS_LABELS: Record<Lead['status'], string> = {
  new: 'New',
  working: 'Being worked',
  qualified: 'Qualified',
  disqualified: 'Disqualified',
};

/** A lead as a Universal Actions card; an anonymized lead shows no personal data at all. */
export function leadCard(input: LeadCardInput) {
  const { lead } = input;
  const data: ActionData = {
    recordType: 'lead',
    recordId: lead.id,
    version: lead.version,
    actionId: input.actionId,
    ...(input.eventId ? { eventId: input.eventId } : {}),
  };
  const anonymized = lead.anonymizedAt !== undefined;
  const name = recordTitle(lead);
  const facts = [
    { title: 'Status', value: STATUS_LABELS[lead.status] },
    { title: 'Owner', value: plain(input.ownerName) },
    ...(!anonymized && lead.company ? [{ title: 'Company', value: plain(lead.company) }] : []),
  ];
  const body = [
    ...(input.notice ? [text(plain(input.notice), { color: 'attention', weight: 'bolder' })] : []),
    ...(input.headline ? [text(plain(input.headline), { isSubtle: true })] : []),
    text(plain(name), { size: 'large', weight: 'bolder' }),
    { type: 'FactSet', facts },
    ...mutedLine(input.viewerMuted),
  ];
  const actions = [
    noteAction(data),
    input.viewerFollows
      ? execute('Unfollow', OPPORTUNITY_VERBS.unfollow, data)
      : execute('Follow', OPPORTUNITY_VERBS.follow, data),
    ...muteActions(input.viewerMuted, data),
    {
      type: 'Action.OpenUrl',
      title: 'Open in tab',
      url: recordDeepLink(input.tab, 'lead', lead.id),
    },
  ];
  return {
    ...card(body, actions),
    refresh: {
      action: execute('Refresh', OPPORTUNITY_VERBS.refresh, data),
      userIds: input.refreshUserIds.slice(0, MAX_REFRESH_USERS),
    },
  };
}
