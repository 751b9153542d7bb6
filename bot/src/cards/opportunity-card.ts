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
import { recordDeepLink, type TabLink } from './deep-link';
import { MUTE_VERBS, mutedLine, muteActions } from './mute-state';
import { NOTE_VERB, noteAction } from './note-action';

export type OpportunityCardInput = {
  opportunity: Opportunity;
  pipeline: Pipeline;
  ownerName: string;
  /** The viewer's locale, for amounts. */
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

const STATUS_LABELS: Record<Opportunity['status'], string> = {
  open: 'Open',
  won: 'Won',
  lost: 'Lost',
};

/** The deal as a Universal Actions card; actions appear only for what the viewer may do. */
export function opportunityCard(input: OpportunityCardInput) {
  const { opportunity: o, pipeline } = input;
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
        { title: 'Stage', value: stage ? `${plain(stage.name)} (${o.probability} %)` : '—' },
        { title: 'Status', value: STATUS_LABELS[o.status] },
        {
          title: 'Amount',
          value: o.amount ? formatMoney(o.amount.amount, o.amount.currency, input.locale) : '—',
        },
        { title: 'Owner', value: plain(input.ownerName) },
        ...(o.expectedCloseDate ? [{ title: 'Expected close', value: o.expectedCloseDate }] : []),
      ],
    },
    ...mutedLine(input.viewerMuted),
  ];
  const open = o.status === 'open' && !o.locked;
  const actions = [
    ...(input.viewerCanEdit && open ? editActions(pipeline, o, data) : []),
    noteAction(data),
    input.viewerFollows
      ? execute('Unfollow', OPPORTUNITY_VERBS.unfollow, data)
      : execute('Follow', OPPORTUNITY_VERBS.follow, data),
    ...muteActions(input.viewerMuted, data),
    {
      type: 'Action.OpenUrl',
      title: 'Open in tab',
      url: recordDeepLink(input.tab, 'opportunity', o.id),
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

function editActions(pipeline: Pipeline, o: Opportunity, data: ActionData) {
  const stages = pipeline.stages.filter((s) => s.kind === 'open' && s.id !== o.stageId);
  return [
    showCard(
      'Move stage',
      [
        {
          type: 'Input.ChoiceSet',
          id: 'stageId',
          label: 'New stage',
          isRequired: true,
          errorMessage: 'Pick a stage',
          choices: stages.map((s) => ({ title: plain(s.name), value: s.id })),
        },
      ],
      execute('Move', OPPORTUNITY_VERBS.moveStage, data),
    ),
    showCard(
      'Mark won / lost',
      [
        {
          type: 'Input.ChoiceSet',
          id: 'outcome',
          label: 'Outcome',
          isRequired: true,
          errorMessage: 'Pick won or lost',
          choices: [
            { title: 'Won', value: 'won' },
            { title: 'Lost', value: 'lost' },
          ],
        },
        {
          type: 'Input.Text',
          id: 'reason',
          label: 'Reason',
          isRequired: true,
          maxLength: 500,
          errorMessage: 'A reason is required to close the deal',
        },
      ],
      execute('Close deal', OPPORTUNITY_VERBS.close, data),
    ),
  ];
}

export const opportunityAttachment = (input: OpportunityCardInput) =>
  attachment(opportunityCard(input));
