import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startFakeHttpServer } from '../../scripts/local/fake-http-server';

/**
 * A local Microsoft Graph for proactive installs and meeting rosters, following the real REST
 * shapes:
 * POST /v1.0/users/{id}/teamwork/installedApps (201, 409 when installed, 403 when the tenant
 * forbids it), GET …/installedApps?$expand=teamsApp&$filter=teamsApp/id eq '{id}' and
 * GET …/installedApps/{installationId}/chat. Tokens are `fake-graph:{tenantId}` (see
 * `fakeGraphToken`). On an install it calls `onInstall`, where the caller has Teams tell the bot
 * (a conversationUpdate to /api/messages), as Teams does after a Graph install.
 * Meetings: GET /v1.0/chats/{chatId} (topic, onlineMeetingInfo), GET …/chats/{chatId}/members
 * (aadUserConversationMember with email) and GET /v1.0/users/{organizerId}/onlineMeetings
 * ?$filter=JoinWebUrl eq '{url}' (participants.organizer and attendees with upn).
 */
export type GraphFakeOptions = {
  /** The personal chat id of a user the app is installed for (the emulator's `install`). */
  chatFor(tenantId: string, userId: string): string;
  onInstall?(tenantId: string, userId: string, chatId: string): Promise<void>;
};

/** A meeting and its chat, as `meeting()` declares it. */
export type FakeMeeting = {
  tenantId: string;
  chatId: string;
  topic: string;
  organizer: { userId: string; email: string };
  /** The chat's members (who added the app's panel there, colleagues, guests). */
  members: { userId: string; email: string; displayName: string }[];
  /** Invited in the calendar, not (yet) in the chat: external guests among them. */
  attendees: string[];
};

/** What a tenant has not granted: the RSC chat permissions or the online meetings one. */
export type GraphGrant = 'chat' | 'chatMembers' | 'onlineMeetings';

export type GraphFake = {
  url: string;
  meeting(meeting: FakeMeeting): void;
  /** Calls needing `grant` answer 403 in the tenant. */
  refuse(tenantId: string, grant: GraphGrant): void;
  /** Tenants whose policy forbids installing apps for users: installs answer 403. */
  forbid(tenantId: string): void;
  installs: { tenantId: string; userId: string; teamsAppId: string }[];
  requests: { method: string; path: string }[];
  close(): Promise<void>;
};

export const fakeGraphToken = async (tenantId: string) => `fake-graph:${tenantId}`;

/** A join link as Teams makes them, with the chat's thread id in it. */
const joinUrlOf = (m: FakeMeeting) =>
  `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(m.chatId)}/0?context=%7b%22Tid%22%3a%22${m.tenantId}%22%7d`;

type Installation = { id: string; teamsAppId: string; chatId: string };

export async function startGraphFake(options: GraphFakeOptions): Promise<GraphFake> {
  const forbidden = new Set<string>();
  const installed = new Map<string, Installation[]>();
  const installs: GraphFake['installs'] = [];
  const requests: GraphFake['requests'] = [];
  const notifications = new Set<Promise<void>>();
  const meetings = new Map<string, FakeMeeting>();
  const refused = new Set<string>();

  const send = (res: ServerResponse, status: number, body?: unknown) => {
    res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
    res.end(body === undefined ? '' : JSON.stringify(body));
  };
  const error = (res: ServerResponse, status: number, code: string, message: string) =>
    send(res, status, { error: { code, message } });

  function handle(req: IncomingMessage, res: ServerResponse, body: string) {
    const url = new URL(req.url ?? '/', 'http://graph');
    requests.push({ method: req.method ?? '', path: url.pathname });
    const auth = req.headers.authorization ?? '';
    const tenantId = auth.startsWith('Bearer fake-graph:') ? auth.slice(18) : '';
    if (!tenantId) return error(res, 401, 'InvalidAuthenticationToken', 'Access token is empty.');
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (req.method === 'GET' && (parts[1] === 'chats' || parts[3] === 'onlineMeetings'))
      return meetingAnswer(res, tenantId, parts, url.searchParams);
    const [version, users, userId, teamwork, apps, installationId, chat] = parts;
    if (
      version !== 'v1.0' ||
      users !== 'users' ||
      !userId ||
      teamwork !== 'teamwork' ||
      apps !== 'installedApps'
    ) {
      return error(res, 404, 'ResourceNotFound', `Resource not found: ${url.pathname}`);
    }
    const key = `${tenantId}|${userId}`;
    const mine = installed.get(key) ?? [];

    if (req.method === 'POST' && !installationId) {
      const bind = (JSON.parse(body || '{}') as Record<string, unknown>)['teamsApp@odata.bind'];
      const teamsAppId =
        typeof bind === 'string' ? /\/appCatalogs\/teamsApps\/([^/]+)$/.exec(bind)?.[1] : undefined;
      if (!teamsAppId) return error(res, 400, 'BadRequest', 'teamsApp@odata.bind is required');
      if (forbidden.has(tenantId)) {
        return error(res, 403, 'Forbidden', 'App installation is not permitted by policy.');
      }
      if (mine.some((i) => i.teamsAppId === teamsAppId)) {
        return error(res, 409, 'Conflict', 'App is already installed.');
      }
      const chatId = options.chatFor(tenantId, userId);
      installed.set(key, [...mine, { id: randomUUID(), teamsAppId, chatId }]);
      installs.push({ tenantId, userId, teamsAppId });
      const told = (options.onInstall?.(tenantId, userId, chatId) ?? Promise.resolve())
        .catch((e: unknown) => console.error('graph fake: onInstall failed', e))
        .finally(() => notifications.delete(told));
      notifications.add(told);
      return send(res, 201);
    }
    if (req.method === 'GET' && !installationId) {
      const filter = /^teamsApp\/id eq '([^']+)'$/.exec(url.searchParams.get('$filter') ?? '');
      const value = mine
        .filter((i) => !filter || i.teamsAppId === filter[1])
        .map((i) => ({
          id: i.id,
          ...(url.searchParams.get('$expand') === 'teamsApp'
            ? {
                teamsApp: {
                  id: i.teamsAppId,
                  displayName: 'Channel CRM',
                  distributionMethod: 'organization',
                },
              }
            : {}),
        }));
      return send(res, 200, { value });
    }
    const installation = mine.find((i) => i.id === installationId);
    if (req.method === 'GET' && installation && chat === 'chat' && parts.length === 7) {
      return send(res, 200, { id: installation.chatId, chatType: 'oneOnOne' });
    }
    return error(res, 404, 'NotFound', 'No such installation.');
  }

  function meetingAnswer(
    res: ServerResponse,
    tenantId: string,
    parts: string[],
    query: URLSearchParams,
  ) {
    const denied = (grant: GraphGrant) => refused.has(`${tenantId}|${grant}`);
    const forbid = () => error(res, 403, 'Forbidden', 'Missing role permissions on the request.');
    const [version, collection, id, member] = parts;
    if (version !== 'v1.0') return error(res, 404, 'ResourceNotFound', 'No such version.');
    if (collection === 'users') {
      if (denied('onlineMeetings')) return forbid();
      const filter = /^JoinWebUrl eq '(.*)'$/.exec(query.get('$filter') ?? '');
      if (!filter) return error(res, 400, 'BadRequest', 'A JoinWebUrl filter is required.');
      const joinWebUrl = filter[1]!.replaceAll("''", "'");
      const value = [...meetings.values()]
        .filter((m) => m.tenantId === tenantId && m.organizer.userId === id)
        .filter((m) => joinUrlOf(m) === joinWebUrl)
        .map((m) => ({
          id: `meeting-${m.chatId}`,
          subject: m.topic,
          joinWebUrl,
          participants: {
            organizer: {
              upn: m.organizer.email,
              role: 'presenter',
              identity: { user: { id: m.organizer.userId } },
            },
            attendees: [...m.members.map((p) => p.email), ...m.attendees]
              .filter((email) => email !== m.organizer.email)
              .map((upn) => ({ upn, role: 'attendee', identity: { user: null } })),
          },
        }));
      return send(res, 200, { value });
    }
    const meeting = meetings.get(`${tenantId}|${id}`);
    if (!meeting) return error(res, 404, 'NotFound', 'The chat was not found.');
    if (member === 'members' && parts.length === 4) {
      if (denied('chatMembers')) return forbid();
      return send(res, 200, {
        '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#chats('${id}')/members`,
        '@odata.count': meeting.members.length,
        value: meeting.members.map((m) => ({
          '@odata.type': '#microsoft.graph.aadUserConversationMember',
          id: `member-${m.userId}`,
          roles: m.userId === meeting.organizer.userId ? ['owner'] : [],
          displayName: m.displayName,
          userId: m.userId,
          email: m.email,
          tenantId,
        })),
      });
    }
    if (parts.length !== 3) return error(res, 404, 'ResourceNotFound', 'No such resource.');
    if (denied('chat')) return forbid();
    return send(res, 200, {
      id,
      topic: meeting.topic,
      chatType: 'meeting',
      tenantId,
      onlineMeetingInfo: {
        calendarEventId: `event-${id}`,
        joinWebUrl: joinUrlOf(meeting),
        organizer: {
          '@odata.type': '#microsoft.graph.teamworkUserIdentity',
          id: meeting.organizer.userId,
          userIdentityType: 'aadUser',
          tenantId,
        },
      },
    });
  }

  const server = await startFakeHttpServer(handle, (res, e) =>
    error(res, 500, 'FakeGraphBug', String(e)),
  );
  return {
    url: `${server.origin}/v1.0`,
    meeting: (m) => meetings.set(`${m.tenantId}|${m.chatId}`, m),
    refuse: (tenantId, grant) => refused.add(`${tenantId}|${grant}`),
    forbid: (tenantId) => forbidden.add(tenantId),
    installs,
    requests,
    async close() {
      await Promise.all(notifications);
      await server.close();
    },
  };
}
