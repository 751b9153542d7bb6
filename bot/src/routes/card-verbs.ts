import {
  addNote,
  closeOpportunity,
  CloseOpportunityInput,
  fieldErrorsOf,
  followRecord,
  invalid,
  moveOpportunityStage,
  MoveStageInput,
  NoteInput,
  unfollowRecord,
  type Result,
  type UseCaseContext,
} from '@channel-crm/domain/server';
import type { BotServices } from '../bot-services';
import type { CardText } from '../cards/card-text';
import { OPPORTUNITY_VERBS } from '../cards/opportunity-card';
import { setRecordMuted } from '../notifier/preferences';
import type { RecordType } from '../views/record-card';

/** What an Action.Execute carries: the card's record and version, plus the inputs. */
export type CardAction = {
  recordType: RecordType;
  recordId: string;
  version: number;
  actionId: string;
  /** The event a notification card announced, so its answer stays a notification card. */
  eventId?: string;
  inputs: Record<string, unknown>;
};

type Verb = (
  ctx: UseCaseContext,
  action: CardAction,
  services: BotServices,
) => Promise<Result<unknown>>;

type Issues = { issues: Parameters<typeof fieldErrorsOf>[0] };
const refuse = (error: Issues) => invalid(fieldErrorsOf(error.issues));

const dealsOnly =
  (run: Verb): Verb =>
  async (ctx, action, services) =>
    action.recordType === 'opportunity'
      ? run(ctx, action, services)
      : invalid([
          {
            path: 'recordType',
            message: 'Only deals have stages',
            code: 'field.deals_only_have_stages',
            params: {},
          },
        ]);

/** Each verb calls the same use case as the API route, so the same permissions decide. */
export const CARD_VERBS: Record<string, Verb> = {
  [OPPORTUNITY_VERBS.moveStage]: dealsOnly(async (ctx, a) => {
    const input = MoveStageInput.safeParse(a.inputs);
    if (!input.success) return refuse(input.error);
    return moveOpportunityStage(ctx, a.recordId, input.data, a.version);
  }),
  [OPPORTUNITY_VERBS.close]: dealsOnly(async (ctx, a) => {
    const input = CloseOpportunityInput.safeParse({
      outcome: a.inputs.outcome,
      ...(typeof a.inputs.reason === 'string' && a.inputs.reason.trim()
        ? { reason: a.inputs.reason.trim() }
        : {}),
    });
    if (!input.success) return refuse(input.error);
    return closeOpportunity(ctx, a.recordId, input.data, a.version);
  }),
  [OPPORTUNITY_VERBS.addNote]: async (ctx, a) => {
    const input = NoteInput.safeParse({ text: a.inputs.note });
    if (!input.success) return refuse(input.error);
    return addNote(ctx, a.recordType, a.recordId, input.data);
  },
  [OPPORTUNITY_VERBS.follow]: (ctx, a) => followRecord(ctx, a.recordType, a.recordId, a.version),
  [OPPORTUNITY_VERBS.unfollow]: (ctx, a) =>
    unfollowRecord(ctx, a.recordType, a.recordId, a.version),
  [OPPORTUNITY_VERBS.mute]: (ctx, a, services) =>
    setRecordMuted(services.state, ctx, a.recordType, a.recordId, true),
  [OPPORTUNITY_VERBS.unmute]: (ctx, a, services) =>
    setRecordMuted(services.state, ctx, a.recordType, a.recordId, false),
};

/** What the answering card says after a verb whose effect the card itself does not show. */
export const VERB_NOTICES: Record<string, (t: CardText) => string> = {
  [OPPORTUNITY_VERBS.addNote]: (t) => t.noteAddedNotice,
  [OPPORTUNITY_VERBS.unmute]: (t) => t.unmutedNotice,
};

const ACTION_FIELDS = new Set(['recordType', 'recordId', 'version', 'actionId', 'eventId']);

/** The action's data as sent by Teams (inputs merged in); anything malformed is refused. */
export function parseCardAction(data: Record<string, unknown>): CardAction | undefined {
  const { recordType, recordId, version, actionId, eventId } = data;
  if (recordType !== 'lead' && recordType !== 'opportunity') return undefined;
  if (typeof recordId !== 'string' || recordId.length === 0 || recordId.length > 200)
    return undefined;
  if (typeof actionId !== 'string' || actionId.length === 0 || actionId.length > 200)
    return undefined;
  const v = Number(version);
  if (!Number.isInteger(v) || v < 1) return undefined;
  const inputs = Object.fromEntries(Object.entries(data).filter(([k]) => !ACTION_FIELDS.has(k)));
  const event =
    typeof eventId === 'string' && eventId.length > 0 && eventId.length <= 200 ? { eventId } : {};
  return { recordType, recordId, version: v, actionId, ...event, inputs };
}
