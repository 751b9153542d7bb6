/** A meeting as the directory (Microsoft Graph in Azure) tells it. */
export type MeetingRoster = {
  /** The meeting chat's topic (the meeting's subject), when the chat was readable. */
  title?: string;
  /** The chat's members' user ids (Entra object ids): who may open its side panel. */
  memberIds: string[];
  /** The e-mails of the members and, when readable, of the online meeting's invitees. */
  inviteeEmails: string[];
  /** A part of the roster was not readable (a permission not granted): fewer invitees. */
  partial: boolean;
};

/** Who a Teams meeting invites, found by its chat's id; undefined when the chat is unknown. */
export type MeetingDirectory = {
  rosterOf(tenantId: string, chatId: string): Promise<MeetingRoster | undefined>;
};
