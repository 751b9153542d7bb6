import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startFakeHttpServer } from '../../scripts/local/fake-http-server';

/**
 * A local Microsoft Graph for proactive installs, following the real REST shapes:
 * POST /v1.0/users/{id}/teamwork/installedApps (201, 409 when installed, 403 when the tenant
 * forbids it), GET …/installedApps?$expand=teamsApp&$filter=teamsApp/id eq '{id}' and
 * GET …/installedApps/{installationId}/chat. Tokens are `fake-graph:{tenantId}` (see
 * `fakeGraphToken`). On an install it calls `onInstall`, where the caller has Teams tell the bot
 * (a conversationUpdate to /api/messages), as Teams does after a Graph install.
 */
export type GraphFakeOptions = {
  /** The personal chat id of a user the app is installed for (the emulator's `install`). */
  chatFor(tenantId: string, userId: string): string;
  onInstall?(tenantId: string, userId: string, chatId: string): Promise<void>;
};

export type GraphFake = {
  url: string;
  /** Tenants whose policy forbids installing apps for users: installs answer 403. */
  forbid(tenantId: string): void;
  installs: { tenantId: string; userId: string; teamsAppId: string }[];
  requests: { method: string; path: string }[];
  close(): Promise<void>;
};

export const fakeGraphToken = async (tenantId: string) => `fake-graph:${tenantId}`;

type Installation = { id: string; teamsAppId: string; chatId: string };

export async function startGraphFake(options: GraphFakeOptions): Promise<GraphFake> {
  const forbidden = new Set<string>();
  const installed = new Map<string, Installation[]>();
  const installs: GraphFake['installs'] = [];
  const requests: GraphFake['requests'] = [];
  const notifications = new Set<Promise<void>>();

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

  const server = await startFakeHttpServer(handle, (res, e) =>
    error(res, 500, 'FakeGraphBug', String(e)),
  );
  return {
    url: `${server.origin}/v1.0`,
    forbid: (tenantId) => forbidden.add(tenantId),
    installs,
    requests,
    async close() {
      await Promise.all(notifications);
      await server.close();
    },
  };
}
