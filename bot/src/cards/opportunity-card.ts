import { formatMoney, type Opportunity, type Pipeline } from '@channel-crm/domain';
import {
  attachment,
  card,
  execute,
  MAX_REFRESH_USERS,
  plain,
  showCard,
  text,
  type ActionData,
} from './adaptive';
import { cardText, type CardText } from './card-text';
import { recordDeepLink, type TabLink } from './deep-link';
import { MUTE_VERBS, mutedLine, muteActions } from './mute-state';
import { NOTE_VERB, noteAction } from './note-action';

export type OpportunityCardInput = {
  opportunity: Opportunity;
  pipeline: Pipeline;
  ownerName: string;
  /** The viewer's locale: the card's language and how it writes amounts. */
  locale: string;
  /** What happened, for a notification ("Ana moved it to Negotiation"). */
  headline?: string;
  /** A line above the card: what is missing, what changed meanwhile, what was refused. */
  notice?: string;
  viewerCanEdit: boolean;
  viewerFollows: boolean;
  /** The viewer muted this deal: they hear nothing of it. */
  viewerMuted: boolean;
  tab: TabLink;
  /** Who sees their own refreshed card automatically (Teams accepts at most 60). */
  refreshUserIds: string[];
  actionId: string;
  eventId?: string;
};

export const OPPORTUNITY_VERBS = {
  moveStage: 'opportunity.moveStage',
  close: 'opportunity.close',
  addNote: NOTE_VERB,
  follow: 'record.follow',
  unfollow: 'record.unfollow',
  ...MUTE_VERBS,
  refresh: 'refresh',
} as const;

/** The deal as a Universal Actions card; actions appear only for what the viewer may do. */
export function opportunityCard(input: OpportunityCardInput) {
  const { opportunity: o, pipeline } = input;
  const t = cardText(input.locale);
  const data: ActionData = {
    recordType: 'opportunity',
    recordId: o.id,
    version: o.version,
    actionId: input.actionId,
    ...(input.eventId ? { eventId: input.eventId } : {}),
  };
  const stage = pipeline.stages.find((s) => s.id === o.stageId);
  const body = [
    ...(input.notice ? [text(plain(input.notice), { color: 'attention', weight: 'bolder' })] : []),
    ...(input.headline ? [text(plain(input.headline), { isSubtle: true })] : []),
    text(plain(o.name), { size: 'large', weight: 'bolder' }),
    {
      type: 'FactSet',
      facts: [
        { title: t.stage, value: stage ? `${plain(stage.name)} (${o.probability} %)` : '—' },
        { title: t.status, value: t.dealStatus[o.status] },
        {
          title: t.amount,
          value: o.amount ? formatMoney(o.amount.amount, o.amount.currency, input.locale) : '—',
        },
        { title: t.owner, value: plain(input.ownerName) },
        ...(o.expectedCloseDate ? [{ title: t.expectedClose, value: o.expectedCloseDate }] : []),
      ],
    },
    ...mutedLine(input.viewerMuted, t),
  ];
  const open = o.status === 'open' && !o.locked;
  const actions = [
    ...(input.viewerCanEdit && open ? editActions(pipeline, o, data, t) : []),
    noteAction(data, t),
    input.viewerFollows
      ? execute(t.unfollow, OPPORTUNITY_VERBS.unfollow, data)
      : execute(t.follow, OPPORTUNITY_VERBS.follow, data),
    ...muteActions(input.viewerMuted, data, t),
    {
      type: 'Action.OpenUrl',
      title: t.openInTab,
      url: recordDeepLink(input.tab, 'opportunity', o.id),
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

function editActions(pipeline: Pipeline, o: Opportunity, data: ActionData, t: CardText) {
  const stages = pipeline.stages.filter((s) => s.kind === 'open' && s.id !== o.stageId);
  return [
    showCard(
      t.moveStage,
      [
        {
          type: 'Input.ChoiceSet',
          id: 'stageId',
          label: t.newStage,
          isRequired: true,
          errorMessage: t.pickStage,
          choices: stages.map((s) => ({ title: plain(s.name), value: s.id })),
        },
      ],
      execute(t.move, OPPORTUNITY_VERBS.moveStage, data),
    ),
    showCard(
      t.markWonLost,
      [
        {
          type: 'Input.ChoiceSet',
          id: 'outcome',
          label: t.outcome,
          isRequired: true,
          errorMessage: t.pickOutcome,
          choices: [
            { title: t.dealStatus.won, value: 'won' },
            { title: t.dealStatus.lost, value: 'lost' },
          ],
        },
        {
          type: 'Input.Text',
          id: 'reason',
          label: t.reason,
          isRequired: true,
          maxLength: 500,
          errorMessage: t.reasonRequired,
        },
      ],
      execute(t.closeDeal, OPPORTUNITY_VERBS.close, data),
    ),
  ];
}

export const opportunityAttachment = (input: OpportunityCardInput) =>
  attachment(opportunityCard(input));
