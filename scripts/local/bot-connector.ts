import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { threadOf, type Connector } from '@channel-crm/bot/notifier';
import { startFakeHttpServer } from './fake-http-server';

export type OutboxEntry = {
  kind: 'send' | 'reply' | 'update';
  conversationId: string;
  tenantId?: string;
  /** The user of a personal conversation (undefined for channel posts). */
  userId?: string;
  activityId: string;
  activity: Record<string, unknown>;
  at: string;
};

export type LocalConnector = {
  /** Where the sender posts: the `serviceUrl` of every local conversation. */
  serviceUrl: string;
  /** A personal chat with the bot, as Teams opens one when the app is installed for a user. */
  openPersonalChat(tenantId: string, userId: string): string;
  /**
   * The sender's port, in process: conversations remembered from an earlier run still name
   * that run's port in their serviceUrl, so sends ignore it.
   */
  connector: Connector;
  /** What reached the connector, newest first; only one user's with `userId`. */
  outbox(userId?: string): OutboxEntry[];
  close(): Promise<void>;
};

/** Keeps memory bounded in a long `npm start` session. */
const MAX_ENTRIES = 2_000;

const personalChatId = (tenantId: string, userId: string) =>
  `a:local:${encodeURIComponent(tenantId)}:${encodeURIComponent(userId)}`;

/** Personal chat ids carry their user, so they survive a restart of the connector. */
function chatMembers(conversationId: string, activity: Record<string, unknown>) {
  const [a, local, tenantId, userId] = threadOf(conversationId).split(':');
  if (a === 'a' && local === 'local' && tenantId && userId)
    return { tenantId: decodeURIComponent(tenantId), userId: decodeURIComponent(userId) };
  const conversation = activity.conversation as { tenantId?: string } | undefined;
  return { tenantId: conversation?.tenantId };
}

/**
 * The Bot Connector for `npm start`, where there is no Teams: it accepts the REST calls the bot
 * makes (create conversation, send / reply / update activities) and keeps what it received for
 * `GET /api/dev/outbox`. Unlike the tests' emulator it enforces no rate limits.
 */
export async function startLocalConnector(): Promise<LocalConnector> {
  const entries: OutboxEntry[] = [];

  const record = (
    kind: OutboxEntry['kind'],
    conversationId: string,
    activity: Record<string, unknown>,
    activityId: string = randomUUID(),
  ) => {
    const at = new Date().toISOString();
    entries.push({
      kind,
      conversationId,
      ...chatMembers(conversationId, activity),
      activityId,
      activity,
      at,
    });
    entries.splice(0, Math.max(0, entries.length - MAX_ENTRIES));
    return activityId;
  };

  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  function handle(req: IncomingMessage, res: ServerResponse, body: string) {
    const parts = new URL(req.url ?? '/', 'http://connector').pathname
      .split('/')
      .filter(Boolean)
      .map(decodeURIComponent);
    if (parts[0] !== 'v3' || parts[1] !== 'conversations') return send(res, 404, {});
    const json = body ? (JSON.parse(body) as Record<string, unknown>) : {};

    if (req.method === 'POST' && parts.length === 2) {
      const channelData = json.channelData as { tenant?: { id?: string } } | undefined;
      const tenantId = (json.tenantId as string | undefined) ?? channelData?.tenant?.id;
      const members = (json.members as { id?: string }[] | undefined) ?? [];
      const userId = members[0]?.id;
      if (!tenantId || !userId || members.length !== 1)
        return send(res, 400, { error: { code: 'BadArgument' } });
      return send(res, 201, { id: personalChatId(tenantId, userId), activityId: randomUUID() });
    }

    const [, , conversationId, activities, activityId] = parts;
    if (!conversationId || activities !== 'activities') return send(res, 404, {});
    if (req.method !== 'POST' && req.method !== 'PUT') return send(res, 405, {});
    const kind = req.method === 'PUT' ? 'update' : activityId ? 'reply' : 'send';
    const id = record(kind, conversationId, json, kind === 'update' ? activityId : undefined);
    return send(res, kind === 'update' ? 200 : 201, { id });
  }

  const server = await startFakeHttpServer(handle, (res, error) =>
    send(res, 400, { error: { code: 'BadArgument', message: String(error) } }),
  );

  return {
    serviceUrl: `${server.origin}/`,
    openPersonalChat: personalChatId,
    connector: {
      send: async (to, activity) => ({
        kind: 'ok',
        id: record('send', to.conversationId, activity),
      }),
      createPersonalConversation: async (_serviceUrl, tenantId, userId) => ({
        kind: 'ok',
        conversationId: personalChatId(tenantId, userId),
      }),
    },
    outbox: (userId) =>
      entries.filter((e) => userId === undefined || e.userId === userId).reverse(),
    async close() {
      await server.close();
    },
  };
}
