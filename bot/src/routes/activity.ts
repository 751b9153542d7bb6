/** The parts of a Bot Framework activity the routes read (plain JSON, no SDK types). */
export type ChannelAccount = { id: string; name?: string; aadObjectId?: string };

export type IncomingActivity = {
  type: string;
  id?: string;
  name?: string;
  text?: string;
  serviceUrl: string;
  channelId?: string;
  from: ChannelAccount;
  recipient: ChannelAccount;
  conversation: { id: string; tenantId?: string; conversationType?: string; isGroup?: boolean };
  channelData?: {
    tenant?: { id?: string };
    team?: { id?: string; name?: string };
    channel?: { id?: string; name?: string };
    eventType?: string;
  };
  membersAdded?: ChannelAccount[];
  membersRemoved?: ChannelAccount[];
  /** installationUpdate: `add` or `remove`. */
  action?: string;
  value?: unknown;
  /** The Teams client's locale ("de-DE") and IANA time zone ("Europe/Berlin"), when sent. */
  locale?: string;
  localTimezone?: string;
};

export type OutgoingActivity = Record<string, unknown>;

/** What an invoke answers in the HTTP response. */
export type InvokeAnswer = { status: number; body?: unknown };

/** A person on a team's or chat's roster, as the Bot Connector describes them. */
export type RosterMember = {
  id: string;
  aadObjectId?: string;
  name?: string;
  email?: string;
  userPrincipalName?: string;
};

export type Turn = {
  activity: IncomingActivity;
  /** Posts into the activity's conversation through the Bot Connector. */
  send(activity: OutgoingActivity): Promise<void>;
  /** Everyone on the team (or chat) of the activity. */
  roster(): Promise<RosterMember[]>;
  /** One member of the team (or chat), with the details `membersAdded` leaves out. */
  member(id: string): Promise<RosterMember | undefined>;
};

export type TurnHandler = (turn: Turn) => Promise<InvokeAnswer | void>;
