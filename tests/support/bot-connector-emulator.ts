import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PER_CONVERSATION, PER_TENANT, SlidingLog } from './teams-limits';

/**
 * A local Bot Connector (the REST API Teams exposes at an activity's `serviceUrl`): create
 * conversation, send / reply / update activities. It enforces Teams' documented limits on its
 * own and answers 429 + Retry-After beyond them, counting those as real violations, apart from
 * the faults it is told to inject.
 */
export type Faults = {
  /** Share (0..1) of in-limit requests answered 429 anyway. */
  extra429: number;
  /** Share answered 500/502/503. */
  serverError: number;
  /** Share held without an answer for `timeoutMs`, then dropped (nothing delivered). */
  timeout: number;
  /** Share answered normally after `slowMs`. */
  slow: number;
  retryAfterSeconds: number;
  timeoutMs: number;
  slowMs: number;
};

export type DeliveredActivity = {
  kind: 'send' | 'reply' | 'update';
  conversationId: string;
  tenantId: string;
  /** The user of a personal conversation (undefined for channels). */
  userId?: string;
  activityId: string;
  activity: Record<string, unknown>;
  at: number;
};

export type EmulatorCounts = {
  requests: number;
  violations: number;
  injected429: number;
  injected5xx: number;
  injectedTimeouts: number;
  injectedSlow: number;
  unauthorized: number;
};

export type EmulatorOptions = {
  /** When set, every request needs `Authorization: Bearer <token>` accepted by this check. */
  checkToken?: (token: string) => Promise<boolean>;
  faults?: Partial<Faults>;
  /** Deterministic fault draws for reproducible runs. */
  random?: () => number;
};

export type BotConnectorEmulator = {
  serviceUrl: string;
  delivered: DeliveredActivity[];
  counts: EmulatorCounts;
  setFaults(faults: Partial<Faults>): void;
  /** A user who installed the app: answers their personal conversation id. */
  install(tenantId: string, userId: string): string;
  /** A team the app is in, with its roster (`GET /v3/conversations/{teamId}/pagedmembers`). */
  addTeam(tenantId: string, teamId: string, members: RosterMember[]): void;
  waitFor(predicate: (d: DeliveredActivity[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
};

const NO_FAULTS: Faults = {
  extra429: 0,
  serverError: 0,
  timeout: 0,
  slow: 0,
  retryAfterSeconds: 1,
  timeoutMs: 5_000,
  slowMs: 1_500,
};

type Conversation = { tenantId: string; userId?: string };

export type RosterMember = {
  id: string;
  aadObjectId: string;
  name: string;
  email: string;
  userPrincipalName: string;
};

/** Channel thread ids may carry `;messageid=…`: the limits apply to the thread. */
const threadOf = (conversationId: string) => conversationId.split(';')[0]!;

export async function startBotConnectorEmulator(
  options: EmulatorOptions = {},
): Promise<BotConnectorEmulator> {
  let faults: Faults = { ...NO_FAULTS, ...options.faults };
  const random = options.random ?? Math.random;
  const delivered: DeliveredActivity[] = [];
  const counts: EmulatorCounts = {
    requests: 0,
    violations: 0,
    injected429: 0,
    injected5xx: 0,
    injectedTimeouts: 0,
    injectedSlow: 0,
    unauthorized: 0,
  };
  const conversations = new Map<string, Conversation>();
  const threadLogs = new Map<string, SlidingLog>();
  const tenantLogs = new Map<string, SlidingLog>();
  const pending = new Set<ServerResponse>();
  const rosters = new Map<string, RosterMember[]>();

  const personalConversationId = (tenantId: string, userId: string) =>
    `a:${createHash('sha256').update(`${tenantId}|${userId}`).digest('hex').slice(0, 32)}`;

  const logFor = (map: Map<string, SlidingLog>, key: string, windows: typeof PER_TENANT) => {
    let log = map.get(key);
    if (!log) map.set(key, (log = new SlidingLog(windows)));
    return log;
  };

  const send = (res: ServerResponse, status: number, body?: unknown, headers = {}) => {
    pending.delete(res);
    if (res.destroyed) return;
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(body === undefined ? '' : JSON.stringify(body));
  };

  /** Limits first (real violations), then injected faults; true when the request may proceed. */
  async function admit(res: ServerResponse, tenantId: string, thread?: string): Promise<boolean> {
    const now = Date.now();
    const tenantLog = logFor(tenantLogs, tenantId, PER_TENANT);
    const threadLog = thread ? logFor(threadLogs, thread, PER_CONVERSATION) : undefined;
    const wait = Math.max(tenantLog.waitMs(now), threadLog?.waitMs(now) ?? 0);
    if (wait > 0) {
      counts.violations++;
      send(
        res,
        429,
        { error: { code: 'Throttled' } },
        { 'retry-after': String(Math.ceil(wait / 1000)) },
      );
      return false;
    }
    tenantLog.record(now);
    threadLog?.record(now);
    let draw = random();
    if ((draw -= faults.extra429) < 0) {
      counts.injected429++;
      send(
        res,
        429,
        { error: { code: 'Throttled' } },
        { 'retry-after': String(faults.retryAfterSeconds) },
      );
      return false;
    }
    if ((draw -= faults.serverError) < 0) {
      counts.injected5xx++;
      send(res, [500, 502, 503][Math.floor(random() * 3)]!, { error: { code: 'ServiceError' } });
      return false;
    }
    if ((draw -= faults.timeout) < 0) {
      counts.injectedTimeouts++;
      setTimeout(() => {
        pending.delete(res);
        res.destroy();
      }, faults.timeoutMs).unref();
      return false;
    }
    if ((draw -= faults.slow) < 0) {
      counts.injectedSlow++;
      await new Promise((r) => setTimeout(r, faults.slowMs));
    }
    return true;
  }

  async function authorized(req: IncomingMessage): Promise<boolean> {
    if (!options.checkToken) return true;
    const header = req.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : '';
    return token !== '' && (await options.checkToken(token));
  }

  async function handle(req: IncomingMessage, res: ServerResponse, body: string) {
    counts.requests++;
    if (!(await authorized(req))) {
      counts.unauthorized++;
      return send(res, 401, { error: { code: 'Unauthorized' } });
    }
    const url = new URL(req.url ?? '/', 'http://emulator');
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const json = body ? (JSON.parse(body) as Record<string, unknown>) : {};
    if (parts[0] !== 'v3' || parts[1] !== 'conversations') return send(res, 404, {});

    if (req.method === 'POST' && parts.length === 2) {
      const channelData = json.channelData as { tenant?: { id?: string } } | undefined;
      const tenantId = (json.tenantId as string | undefined) ?? channelData?.tenant?.id;
      const members = (json.members as { id: string }[] | undefined) ?? [];
      if (!tenantId || members.length !== 1)
        return send(res, 400, { error: { code: 'BadArgument' } });
      if (!(await admit(res, tenantId))) return;
      const userId = members[0]!.id;
      const id = personalConversationId(tenantId, userId);
      conversations.set(id, { tenantId, userId });
      return send(res, 201, { id, activityId: randomUUID() });
    }

    const conversationId = parts[2];
    if (req.method === 'GET' && conversationId) return sendMembers(res, conversationId, parts);
    if (!conversationId || parts[3] !== 'activities') return send(res, 404, {});
    const activity = json;
    const conversation =
      conversations.get(threadOf(conversationId)) ?? channelConversation(activity, conversationId);
    if (!conversation) return send(res, 404, { error: { code: 'ConversationNotFound' } });
    const kind = req.method === 'PUT' ? 'update' : parts[4] ? 'reply' : 'send';
    if (req.method !== 'POST' && req.method !== 'PUT') return send(res, 405, {});
    if (!(await admit(res, conversation.tenantId, threadOf(conversationId)))) return;
    const activityId = kind === 'update' ? parts[4]! : randomUUID();
    delivered.push({
      kind,
      conversationId,
      tenantId: conversation.tenantId,
      userId: conversation.userId,
      activityId,
      activity,
      at: Date.now(),
    });
    return send(res, kind === 'update' ? 200 : 201, { id: activityId });
  }

  /** Roster reads: not rate limited by Teams' messaging limits. */
  function sendMembers(res: ServerResponse, conversationId: string, parts: string[]) {
    const roster = rosters.get(threadOf(conversationId));
    if (!roster) return send(res, 404, { error: { code: 'ConversationNotFound' } });
    if (parts[3] === 'pagedmembers') return send(res, 200, { members: roster });
    const member =
      parts[3] === 'members' && roster.find((m) => m.id === parts[4] || m.aadObjectId === parts[4]);
    return member ? send(res, 200, member) : send(res, 404, { error: { code: 'MemberNotFound' } });
  }

  /** Channel and group conversations are known from the activity the bot posts into them. */
  function channelConversation(activity: Record<string, unknown>, conversationId: string) {
    const conv = activity.conversation as { tenantId?: string } | undefined;
    const channelData = activity.channelData as { tenant?: { id?: string } } | undefined;
    const tenantId = conv?.tenantId ?? channelData?.tenant?.id;
    if (!tenantId) return undefined;
    const known: Conversation = { tenantId };
    conversations.set(threadOf(conversationId), known);
    return known;
  }

  const server = createServer((req, res) => {
    pending.add(res);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      handle(req, res, Buffer.concat(chunks).toString('utf8')).catch((error: unknown) =>
        send(res, 500, { error: { code: 'EmulatorBug', message: String(error) } }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    delivered,
    counts,
    setFaults: (next) => {
      faults = { ...faults, ...next };
    },
    addTeam(tenantId, teamId, members) {
      conversations.set(teamId, { tenantId });
      rosters.set(teamId, members);
    },
    install(tenantId, userId) {
      const id = personalConversationId(tenantId, userId);
      conversations.set(id, { tenantId, userId });
      return id;
    },
    async waitFor(predicate, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(delivered)) {
        if (Date.now() > deadline) throw new Error('emulator: condition not met in time');
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    async close() {
      for (const res of pending) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
