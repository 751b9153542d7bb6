/** What the sender needs from the Bot Connector; bot/src/adapter implements it. */
export type ConnectorOutcome =
  | { kind: 'ok'; id: string }
  | { kind: 'throttled'; retryAfterMs: number }
  | { kind: 'failed'; status: number | 'timeout'; retryable: boolean };

export type ConversationAddress = { serviceUrl: string; conversationId: string };

export type Connector = {
  send(to: ConversationAddress, activity: Record<string, unknown>): Promise<ConnectorOutcome>;
  createPersonalConversation(
    serviceUrl: string,
    tenantId: string,
    userId: string,
    botId: string,
  ): Promise<{ kind: 'ok'; conversationId: string } | Exclude<ConnectorOutcome, { kind: 'ok' }>>;
};

/** Channel conversation ids may carry `;messageid=…`; limits apply per thread. */
export const threadOf = (conversationId: string) => conversationId.split(';')[0]!;
