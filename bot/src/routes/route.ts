import type { Actor, Result, UseCaseContext } from '@channel-crm/domain/server';
import type { ActionVerb } from '../cards/card-verbs';
import type { CardText } from '../cards/card-text';
import type { BotServices } from '../bot-services';
import type { IncomingActivity, InvokeAnswer, Turn } from './activity';
import type { CardAction } from './card-action-data';

/** A turn after the steps that run before routing: who acts, and in which language. */
export type TurnContext = {
  turn: Turn;
  services: BotServices;
  /** The CRM user behind the activity; undefined when the CRM does not know them. */
  actor: Actor | undefined;
  /** The language to answer in: the user's profile, else what their Teams client reports. */
  t: CardText;
};

export type UserTurn = TurnContext & { actor: Actor };

/** A pressed card action, claimed for this press, with the context its use case runs in. */
export type VerbTurn = UserTurn & { action: CardAction; ctx: UseCaseContext };

type Answer = Promise<InvokeAnswer | void>;

type RouteBase = {
  /** Readable, for logs and tests: `install`, `card.moveStage`, `command.find` … */
  name: string;
  match(activity: IncomingActivity): boolean;
};

/** Runs whether or not the CRM knows the user: installs, rosters, help. */
export type OpenRoute = RouteBase & { kind: 'anyone'; handle(turn: TurnContext): Answer };

/** Runs for CRM users only; anyone else is told the CRM does not know them. */
export type UserRoute = RouteBase & { kind: 'crmUser'; handle(turn: UserTurn): Answer };

/**
 * One card verb, for CRM users: its handler runs the verb's use case at most once per press,
 * and the router answers the record's current card (or why the verb was refused).
 */
export type VerbRoute = RouteBase & {
  kind: 'cardVerb';
  verb: ActionVerb;
  handle(turn: VerbTurn): Promise<Result<unknown>>;
  /** What the answering card says when the card itself does not show the verb's effect. */
  notice?(t: CardText): string;
};

export type BotRoute = OpenRoute | UserRoute | VerbRoute;
