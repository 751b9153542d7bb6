import type { InstallOutcome, Installer } from '../notifier/installer';

export const GRAPH_URL = 'https://graph.microsoft.com/v1.0';

export type GraphInstallerOptions = {
  /** The app's id in the tenant's app catalog (the manifest's `id`). */
  teamsAppId: string;
  /** An app-only Graph token for the tenant (TeamsAppInstallation.ReadWriteSelfForUser.All). */
  token(tenantId: string): Promise<string>;
  graphUrl?: string;
  timeoutMs?: number;
};

type Answer = { status: number; json: Record<string, unknown> };

/**
 * Graph's proactive install: POST the app to the user's installedApps (409 when it is there
 * already), then find the installation and its chat, whose id is the bot's conversation id.
 */
export function createGraphInstaller(options: GraphInstallerOptions): Installer {
  const base = (options.graphUrl ?? GRAPH_URL).replace(/\/+$/, '');

  async function call(tenantId: string, method: string, path: string, body?: unknown) {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await options.token(tenantId)}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    const text = await res.text();
    const json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    return { status: res.status, json } satisfies Answer;
  }

  async function chatOf(tenantId: string, apps: string): Promise<InstallOutcome> {
    const filter = encodeURIComponent(`teamsApp/id eq '${options.teamsAppId}'`);
    const found = await call(tenantId, 'GET', `${apps}?$expand=teamsApp&$filter=${filter}`);
    const installs = Array.isArray(found.json.value)
      ? (found.json.value as { id?: unknown }[])
      : [];
    const installationId = installs[0]?.id;
    if (found.status !== 200 || typeof installationId !== 'string') {
      return { kind: 'failed', reason: `installation lookup answered ${found.status}` };
    }
    const chat = await call(tenantId, 'GET', `${apps}/${encodeURIComponent(installationId)}/chat`);
    if (chat.status !== 200 || typeof chat.json.id !== 'string') {
      return { kind: 'failed', reason: `chat lookup answered ${chat.status}` };
    }
    return { kind: 'installed', chatId: chat.json.id };
  }

  return {
    async installForUser(tenantId, userId) {
      const apps = `/users/${encodeURIComponent(userId)}/teamwork/installedApps`;
      try {
        const installed = await call(tenantId, 'POST', apps, {
          'teamsApp@odata.bind': `${base}/appCatalogs/teamsApps/${options.teamsAppId}`,
        });
        if (installed.status === 403) return { kind: 'forbidden' };
        if (installed.status !== 201 && installed.status !== 409) {
          return { kind: 'failed', reason: `install answered ${installed.status}` };
        }
        return await chatOf(tenantId, apps);
      } catch (error) {
        return { kind: 'failed', reason: String(error) };
      }
    },
  };
}
