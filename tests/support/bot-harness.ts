import { randomIds, systemClock, type Clock } from '@channel-crm/domain/server';
import {
  createBotRuntime,
  createGraphInstaller,
  createNotifier,
  createReach,
  provideBotRuntime,
  type BotAuthSettings,
  type BotRuntime,
  type Notifier,
} from '@channel-crm/bot';
import { demoUser } from './demo-data';
import { startTestApp, type TestApp } from './test-app';
import { startAzurite, type Azurite } from './azurite';
import { BOT_ID, personalInstall, type TeamsUser } from './bot-activities';
import { startBotConnectorEmulator, type BotConnectorEmulator } from './bot-connector-emulator';
import { fakeGraphToken, startGraphFake, type GraphFake } from './graph-fake';

/** The tab's address the bot is told of (TAB_ENDPOINT): links to it unfurl into cards. */
export const TEST_TAB_URL = 'https://crm.example.test/';

/** The app's id in the fake Graph's app catalog. */
export const TEAMS_APP_CATALOG_ID = 'channel-crm-catalog-id';

export type BotHarness = {
  t: TestApp;
  emulator: BotConnectorEmulator;
  runtime: BotRuntime;
  /** With `graph: true`: proactive installs go through this fake Graph. */
  graph?: GraphFake;
  /** POSTs an activity to the local host's /api/messages. */
  post(
    activity: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: unknown }>;
  /**
   * A write through the API as `userId` (with `If-Match` when `version` is given) that must
   * succeed; answers the body.
   */
  write<T>(
    method: string,
    path: string,
    userId: string,
    body?: unknown,
    version?: number,
  ): Promise<T>;
  close(): Promise<void>;
};

/** A demo user as Teams names them in activities; `conversationId` is set once installed. */
export const teamsPerson = (name: string): TeamsUser & { conversationId: string } => {
  const u = demoUser(name);
  return { tenantId: u.tenantId, userId: u.id, name, conversationId: '' };
};

/**
 * The local app (demo data, API, /api/messages) with the bot's storage in Azurite, the sender's
 * polling loop, and a Bot Connector emulator at the activities' serviceUrl.
 */
export async function startBotHarness(
  auth: BotAuthSettings = {},
  options: { graph?: boolean; clock?: Clock; timers?: boolean } = {},
): Promise<BotHarness> {
  let azurite: Azurite | undefined;
  let emulator: BotConnectorEmulator | undefined;
  let t: TestApp | undefined;
  let graph: GraphFake | undefined;
  let loop: ReturnType<Notifier['startLoop']> | undefined;
  const close = async () => {
    await loop?.stop();
    await graph?.close();
    await t?.dispose();
    await emulator?.close();
    await azurite?.close();
  };
  try {
    [azurite, emulator, t] = await Promise.all([
      startAzurite(),
      startBotConnectorEmulator(),
      startTestApp(undefined, { timers: options.timers }),
    ]);
    const url = `${t.app.api!.url}/api/messages`;
    const post = async (activity: unknown, headers: Record<string, string> = {}) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(activity),
      });
      const text = await res.text();
      return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
    };
    const connector = emulator;
    if (options.graph) {
      // Teams tells the bot about a Graph install with a conversationUpdate, as for any install.
      graph = await startGraphFake({
        chatFor: (tenantId, userId) => connector.install(tenantId, userId),
        onInstall: async (tenantId, userId, chatId) => {
          await post(personalInstall(connector.serviceUrl, { tenantId, userId }, chatId));
        },
      });
    }
    const installer =
      graph &&
      createGraphInstaller({
        teamsAppId: TEAMS_APP_CATALOG_ID,
        token: fakeGraphToken,
        graphUrl: graph.url,
      });
    const store = t.app.store!;
    const notifier = await createNotifier({
      storageConnectionString: azurite.connectionString,
      connectorTimeoutMs: 2_000,
      reach:
        installer &&
        ((state) =>
          createReach({
            state,
            store,
            installer,
            serviceUrl: connector.serviceUrl,
            botId: BOT_ID,
          })),
    });
    const runtime = createBotRuntime({
      store: t.app.store!,
      clock: options.clock ?? systemClock,
      ids: randomIds,
      notifier,
      auth,
      tab: { appId: 'test-app', entityId: 'my-crm', url: TEST_TAB_URL },
    });
    provideBotRuntime(async () => runtime);
    loop = notifier.startLoop({ concurrency: 8 });
    const app = t;
    const write = async <T>(
      method: string,
      path: string,
      userId: string,
      body?: unknown,
      version?: number,
    ) => {
      const reply = await app.request(method, path, {
        token: await app.tokenFor(userId),
        body,
        headers: version === undefined ? {} : { 'if-match': `"${version}"` },
      });
      if (reply.status >= 300) {
        throw new Error(
          `${method} ${path} answered ${reply.status}: ${JSON.stringify(reply.body)}`,
        );
      }
      return reply.body as T;
    };
    return { t, emulator, runtime, graph, post, write, close };
  } catch (error) {
    await close();
    throw error;
  }
}
