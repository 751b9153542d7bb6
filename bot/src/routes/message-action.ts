import {
  addNote,
  createLead,
  CreateLeadInput,
  derivedId,
  leadFromMessage,
  uuidV5,
  type Actor,
  type Lead,
} from '@channel-crm/domain/server';
import { attachment } from '../cards/adaptive';
import type { CardText } from '../cards/card-text';
import { errorText } from '../cards/error-text';
import {
  MESSAGE_LEAD_INPUTS,
  messageLeadCard,
  type MessageLeadDialog,
  type MessageLeadInputs,
} from '../cards/message-lead-card';
import type { BotServices } from '../bot-services';
import { contextFor } from '../views/record-card';
import type { IncomingActivity, InvokeAnswer } from './activity';
import { refuseInputs } from './card-action-data';
import type { OpenRoute, TurnContext } from './route';
import { tenantOf, threadOf } from './teams';

/** The manifest's action command on messages (composeExtensions[].commands[].id). */
export const CREATE_LEAD_COMMAND = 'createLeadFromMessage';

/** The message an action command was started on, as Teams describes it. */
type SourceMessage = { id: string; html: string; author?: string; link?: string };

type ActionInvoke = { message: SourceMessage; data: Record<string, unknown> };

const isString = (v: unknown): v is string => typeof v === 'string';

function actionInvokeOf(a: IncomingActivity, name: string): ActionInvoke | undefined {
  if (a.type !== 'invoke' || a.name !== name) return undefined;
  const value = a.value as
    | {
        commandId?: unknown;
        data?: unknown;
        messagePayload?: {
          id?: unknown;
          body?: { content?: unknown };
          from?: { user?: { displayName?: unknown } };
          linkToMessage?: unknown;
        };
      }
    | undefined;
  const payload = value?.messagePayload;
  if (value?.commandId !== CREATE_LEAD_COMMAND || !isString(payload?.id) || !payload.id) {
    return undefined;
  }
  const author = payload.from?.user?.displayName;
  const link = payload.linkToMessage;
  return {
    message: {
      id: payload.id.slice(0, 200),
      html: isString(payload.body?.content) ? payload.body.content.slice(0, 28_000) : '',
      ...(isString(author) ? { author } : {}),
      ...(isString(link) && /^https:\/\//.test(link) ? { link } : {}),
    },
    data:
      typeof value.data === 'object' && value.data !== null
        ? (value.data as Record<string, unknown>)
        : {},
  };
}

const isFetchTask = (a: IncomingActivity) =>
  actionInvokeOf(a, 'composeExtension/fetchTask') !== undefined;
const isSubmitAction = (a: IncomingActivity) =>
  actionInvokeOf(a, 'composeExtension/submitAction') !== undefined;

/** The dialog Teams opens (or shows again) for the action. */
const dialogAnswer = (dialog: MessageLeadDialog, t: CardText): InvokeAnswer => ({
  status: 200,
  body: {
    task: {
      type: 'continue',
      value: {
        title: t.messageLead.title,
        width: 'medium',
        height: 'large',
        card: attachment(messageLeadCard(dialog, t)),
      },
    },
  },
});

/** A line Teams shows where the dialog was; nothing is inserted into the conversation. */
const messageAnswer = (text: string): InvokeAnswer => ({
  status: 200,
  body: { composeExtension: { type: 'message', text } },
});

/**
 * The spaces the user may put the lead in (their own, read by id), the conversation's first:
 * a channel's space is the one pinned to it, else the one of its team.
 */
async function spacesFor(services: BotServices, actor: Actor, a: IncomingActivity) {
  const spaces = await services.store.spaces.getMany(actor.tenantId, actor.spaceIds);
  const thread = threadOf(a.conversation.id);
  const teamId = a.channelData?.team?.id;
  const here =
    spaces.find((s) => s.channelId === thread) ??
    spaces.find((s) => teamId !== undefined && s.teamId === teamId);
  return {
    spaces: spaces.map((s) => ({ id: s.id, name: s.name })),
    spaceId: (here ?? spaces[0])?.id,
  };
}

/** One lead per message and user: a second submit finds the first one's lead. */
const leadIdFor = (a: IncomingActivity, actor: Actor, message: SourceMessage) =>
  uuidV5(
    `teams-message:${tenantOf(a) ?? actor.tenantId}:${threadOf(a.conversation.id)}:${message.id}:${actor.userId}`,
  );

const nameOf = (lead: Pick<Lead, 'firstName' | 'lastName'>) =>
  [lead.firstName, lead.lastName].filter(Boolean).join(' ');

function submittedValues(data: Record<string, unknown>): MessageLeadInputs {
  const values: MessageLeadInputs = {};
  for (const key of MESSAGE_LEAD_INPUTS) {
    const value = data[key];
    if (isString(value) && value.trim() !== '') values[key] = value.slice(0, 1000);
  }
  return values;
}

const notAUser = (turn: TurnContext) => messageAnswer(turn.t.notAUser);

/** "Create a lead from this message": the dialog, prefilled from the message and its author. */
export const messageLeadFetchRoute: OpenRoute = {
  kind: 'anyone',
  name: 'messageAction.createLead.fetch',
  match: isFetchTask,
  async handle(turn) {
    const { actor, services, t } = turn;
    if (!actor) return notAUser(turn);
    const { message } = actionInvokeOf(turn.turn.activity, 'composeExtension/fetchTask')!;
    const { spaces, spaceId } = await spacesFor(services, actor, turn.turn.activity);
    if (spaces.length === 0) return messageAnswer(t.messageLead.noSpace);
    return dialogAnswer({ values: { ...leadFromMessage(message), spaceId }, spaces }, t);
  },
};

/**
 * The dialog's submit: creates the lead as the user (their permissions and the space's
 * duplicate policy) with a note linking to the message; a refused input shows the dialog
 * again with why. A second submit of the same message by the same user creates nothing.
 */
export const messageLeadSubmitRoute: OpenRoute = {
  kind: 'anyone',
  name: 'messageAction.createLead.submit',
  match: isSubmitAction,
  async handle(turn) {
    const { actor, services, t } = turn;
    if (!actor) return notAUser(turn);
    const { activity } = turn.turn;
    const { message, data } = actionInvokeOf(activity, 'composeExtension/submitAction')!;
    const leadId = leadIdFor(activity, actor, message);
    const ctx = contextFor(services, actor, `message-lead:${leadId}`);
    const noteId = derivedId(ctx.commitId, 'note');

    // Under the space's merge policy the lead may be an older one: the note names it.
    const note = await services.store.timeline.get(actor.tenantId, noteId);
    const earlier = await services.store.leads.get(actor.tenantId, note?.recordId ?? leadId);
    if (earlier && note) return messageAnswer(t.messageLead.created(nameOf(earlier)));

    const values = submittedValues(data);
    const refused = async (error: string) => {
      const { spaces } = await spacesFor(services, actor, activity);
      return dialogAnswer({ values, spaces, error }, t);
    };
    let lead = earlier;
    if (!lead) {
      const { spaceId, ...fields } = values;
      const input = CreateLeadInput.safeParse({ ...fields, spaceId, source: 'manual' });
      if (!input.success) return refused(errorText(refuseInputs(input.error).error, t));
      const created = await createLead(ctx, input.data, { id: leadId });
      if (created.ok) lead = created.value;
      else {
        // A concurrent submit of the same message may have created it first.
        lead = await services.store.leads.get(actor.tenantId, leadId);
        if (!lead) return refused(errorText(created.error, t));
      }
    }
    if (message.link) {
      // Its id comes from the commit: when a concurrent submit wrote it first, this one fails.
      await addNote(ctx, 'lead', lead.id, { text: t.messageLead.fromMessage(message.link) });
    }
    return messageAnswer(t.messageLead.created(nameOf(lead)));
  },
};

export const MESSAGE_ACTION_ROUTES = [messageLeadFetchRoute, messageLeadSubmitRoute];
