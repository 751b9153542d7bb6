import type {
  AdaptiveCard,
  CardAction,
  CardAttachment,
  CardElement,
  CardInput,
  ExecuteAction,
  ShowCardAction,
  TextBlock,
} from './adaptive-card';
import type { CardVerb } from './card-verbs';

export const MAX_REFRESH_USERS = 60;

/** Every Action.Execute carries what the bot needs to act safely on a possibly stale card. */
export type ActionData = {
  recordType: 'opportunity' | 'lead';
  recordId: string;
  /** The record's version the card shows: a stale card answers with the current one. */
  version: number;
  /** Identifies this press: a retried or double-clicked action changes nothing twice. */
  actionId: string;
  /** Present on notification cards: the event the card announced. */
  eventId?: string;
};

/** What a task card's Action.Execute carries: the activity and its version, like a record's. */
export type TaskActionData = {
  activityId: string;
  version: number;
  actionId: string;
  eventId?: string;
  /** Snooze: until when ('hour', 'tomorrow', 'nextWeek'). */
  until?: string;
  /** Accept: the next task the suggestion rules proposed when this one was completed. */
  suggestion?: { typeId: string; title: string; dueAt: string; allDay: boolean };
  /** Pressed on a `my day` list: the answer is the list again. */
  list?: 'myDay';
};

export const card = (body: CardElement[], actions: CardAction[] = []): AdaptiveCard => ({
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body,
  ...(actions.length > 0 ? { actions } : {}),
});

export const text = (
  value: string,
  extra: Omit<Partial<TextBlock>, 'type' | 'text'> = {},
): TextBlock => ({
  type: 'TextBlock',
  text: value,
  wrap: true,
  ...extra,
});

export const execute = (
  title: string,
  verb: CardVerb,
  data: ActionData | TaskActionData,
): ExecuteAction => ({
  type: 'Action.Execute',
  title,
  verb,
  data,
});

/** A button that opens inputs under the card, with the action that sends them. */
export const showCard = (
  title: string,
  inputs: CardInput[],
  submit: ExecuteAction,
): ShowCardAction => ({
  type: 'Action.ShowCard',
  title,
  card: { type: 'AdaptiveCard', body: inputs, actions: [submit] },
});

/** Card text is markdown: user-entered text must not turn into links or formatting. */
export const plain = (value: string) => value.replace(/([\\`*_{}[\]()#+\-.!<>|~])/g, '\\$1');

export const attachment = (content: AdaptiveCard): CardAttachment => ({
  contentType: 'application/vnd.microsoft.card.adaptive',
  content,
});
