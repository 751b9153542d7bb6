/**
 * The Adaptive Card 1.5 schema (https://adaptivecards.io/explorer/) as far as the bot's cards
 * use it: a discriminated union on `type`, so a misspelt element, property or value fails the
 * type check. Extend it from the schema when a card needs more.
 */

export type Spacing = 'none' | 'small' | 'default' | 'medium' | 'large' | 'extraLarge' | 'padding';
export type TextSize = 'small' | 'default' | 'medium' | 'large' | 'extraLarge';
export type TextWeight = 'lighter' | 'default' | 'bolder';
export type TextColor = 'default' | 'dark' | 'light' | 'accent' | 'good' | 'warning' | 'attention';
export type HorizontalAlignment = 'left' | 'center' | 'right';
export type ContainerStyle = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
export type ActionStyle = 'default' | 'positive' | 'destructive';

/** What every element of a card's body may carry. */
type ElementBase = {
  id?: string;
  spacing?: Spacing;
  separator?: boolean;
  isVisible?: boolean;
  height?: 'auto' | 'stretch';
};

export type TextBlock = ElementBase & {
  type: 'TextBlock';
  /** Markdown: user text goes through `plain` first. */
  text: string;
  wrap?: boolean;
  size?: TextSize;
  weight?: TextWeight;
  color?: TextColor;
  isSubtle?: boolean;
  maxLines?: number;
  horizontalAlignment?: HorizontalAlignment;
  fontType?: 'default' | 'monospace';
  style?: 'default' | 'heading';
};

export type Fact = { title: string; value: string };

export type FactSet = ElementBase & { type: 'FactSet'; facts: Fact[] };

type ContainerBase = {
  selectAction?: SelectAction;
  style?: ContainerStyle;
  bleed?: boolean;
  minHeight?: string;
  verticalContentAlignment?: 'top' | 'center' | 'bottom';
};

export type Container = ElementBase & ContainerBase & { type: 'Container'; items: CardElement[] };

export type Column = ElementBase &
  ContainerBase & {
    type: 'Column';
    items: CardElement[];
    width?: 'auto' | 'stretch' | number | `${number}px`;
  };

export type ColumnSet = ElementBase & {
  type: 'ColumnSet';
  columns: Column[];
  selectAction?: SelectAction;
  style?: ContainerStyle;
  bleed?: boolean;
  horizontalAlignment?: HorizontalAlignment;
};

export type ActionSet = ElementBase & { type: 'ActionSet'; actions: CardAction[] };

/** What every input carries: its `id` is the key of its value in the action's data. */
type InputBase = ElementBase & {
  id: string;
  label?: string;
  isRequired?: boolean;
  /** Shown when the input fails `isRequired` or its limits. */
  errorMessage?: string;
};

export type TextInput = InputBase & {
  type: 'Input.Text';
  value?: string;
  placeholder?: string;
  isMultiline?: boolean;
  maxLength?: number;
  regex?: string;
  style?: 'text' | 'tel' | 'url' | 'email' | 'password';
};

export type Choice = { title: string; value: string };

export type ChoiceSetInput = InputBase & {
  type: 'Input.ChoiceSet';
  choices: Choice[];
  value?: string;
  placeholder?: string;
  isMultiSelect?: boolean;
  style?: 'compact' | 'expanded' | 'filtered';
  wrap?: boolean;
};

export type NumberInput = InputBase & {
  type: 'Input.Number';
  value?: number;
  placeholder?: string;
  min?: number;
  max?: number;
};

/** Dates as `YYYY-MM-DD`. */
export type DateInput = InputBase & {
  type: 'Input.Date';
  value?: string;
  placeholder?: string;
  min?: string;
  max?: string;
};

/** Times as `HH:MM`. */
export type TimeInput = InputBase & {
  type: 'Input.Time';
  value?: string;
  placeholder?: string;
  min?: string;
  max?: string;
};

export type ToggleInput = InputBase & {
  type: 'Input.Toggle';
  title: string;
  value?: string;
  valueOn?: string;
  valueOff?: string;
  wrap?: boolean;
};

export type CardInput =
  TextInput | ChoiceSetInput | NumberInput | DateInput | TimeInput | ToggleInput;

export type CardElement = TextBlock | FactSet | Container | ColumnSet | ActionSet | CardInput;

type ActionBase = {
  id?: string;
  title?: string;
  iconUrl?: string;
  style?: ActionStyle;
  tooltip?: string;
  isEnabled?: boolean;
};

/** A Universal Action: Teams sends an `adaptiveCard/action` invoke with the verb and data. */
export type ExecuteAction = ActionBase & {
  type: 'Action.Execute';
  verb: string;
  /** Sent back with the inputs' values merged in. */
  data?: { readonly [key: string]: unknown };
  associatedInputs?: 'auto' | 'none';
};

export type OpenUrlAction = ActionBase & { type: 'Action.OpenUrl'; url: string };

/** Sends the inputs back to the bot; the only sending action a dialog (task module) supports. */
export type SubmitAction = ActionBase & {
  type: 'Action.Submit';
  data?: { readonly [key: string]: unknown };
};

/** A card under the card: no `$schema` or `version`, and no refresh of its own. */
export type ShownCard = { type: 'AdaptiveCard'; body: CardElement[]; actions?: CardAction[] };

export type ShowCardAction = ActionBase & { type: 'Action.ShowCard'; card: ShownCard };

export type CardAction = ExecuteAction | OpenUrlAction | ShowCardAction | SubmitAction;

/** What a tap on a container does: Action.ShowCard is not allowed there. */
export type SelectAction = ExecuteAction | OpenUrlAction;

/** Teams asks each listed user's client to fetch their own card (at most 60 users). */
export type Refresh = { action: ExecuteAction; userIds?: string[]; expires?: string };

export type AdaptiveCard = {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardAction[];
  refresh?: Refresh;
  selectAction?: SelectAction;
  fallbackText?: string;
  speak?: string;
  lang?: string;
};

/** A card as an activity's attachment. */
export type CardAttachment = {
  contentType: 'application/vnd.microsoft.card.adaptive';
  content: AdaptiveCard;
};
