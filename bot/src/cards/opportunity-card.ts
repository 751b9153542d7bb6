import { formatMoney, type Opportunity, type Pipeline } from '@channel-crm/domain';
import { execute, plain, showCard, type ActionData } from './adaptive';
import type { ShowCardAction } from './adaptive-card';
import { cardText, type CardText } from './card-text';
import { OPPORTUNITY_VERBS } from './card-verbs';
import {
  actionData,
  recordCardFrame,
  type RecordCard,
  type RecordCardInput,
} from './record-card-frame';

export type OpportunityCardInput = RecordCardInput & {
  opportunity: Opportunity;
  pipeline: Pipeline;
  ownerName: string;
  /** The viewer's locale: the card's language and how it writes amounts. */
  locale: string;
  viewerCanEdit: boolean;
};

/** The deal as a Universal Actions card; actions appear only for what the viewer may do. */
export function opportunityCard(input: OpportunityCardInput): RecordCard {
  const { opportunity: o, pipeline } = input;
  const t = cardText(input.locale);
  const data = actionData('opportunity', o, input);
  const stage = pipeline.stages.find((s) => s.id === o.stageId);
  const open = o.status === 'open' && !o.locked;
  return recordCardFrame(input, t, {
    data,
    title: o.name,
    facts: [
      { title: t.stage, value: stage ? `${plain(stage.name)} (${o.probability} %)` : '—' },
      { title: t.status, value: t.opportunityStatus[o.status] },
      {
        title: t.amount,
        value: o.amount ? formatMoney(o.amount.amount, o.amount.currency, input.locale) : '—',
      },
      { title: t.owner, value: plain(input.ownerName) },
      ...(o.expectedCloseDate ? [{ title: t.expectedClose, value: o.expectedCloseDate }] : []),
    ],
    editActions: input.viewerCanEdit && open ? editActions(pipeline, o, data, t) : [],
  });
}

function editActions(
  pipeline: Pipeline,
  o: Opportunity,
  data: ActionData,
  t: CardText,
): ShowCardAction[] {
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
            { title: t.opportunityStatus.won, value: 'won' },
            { title: t.opportunityStatus.lost, value: 'lost' },
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
      execute(t.closeOpportunity, OPPORTUNITY_VERBS.close, data),
    ),
  ];
}
