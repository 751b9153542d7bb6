import { randomIds, systemClock } from '@channel-crm/domain/server';
import {
  createBotRuntime,
  createNotifier,
  provideBotRuntime,
  type BotAuthSettings,
  type BotRuntime,
  type Notifier,
} from '@channel-crm/bot';
import { startTestApp, type TestApp } from '../api/support';
import { startAzurite, type Azurite } from './azurite';
import { startBotConnectorEmulator, type BotConnectorEmulator } from './bot-connector-emulator';

export type BotHarness = {
  t: TestApp;
  emulator: BotConnectorEmulator;
  runtime: BotRuntime;
  /** POSTs an activity to the local host's /api/messages. */
  post(
    activity: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
};

/**
 * The local app (demo data, API, /api/messages) with the bot's storage in Azurite, the sender's
 * polling loop, and a Bot Connector emulator at the activities' serviceUrl.
 */
export async function startBotHarness(auth: BotAuthSettings = {}): Promise<BotHarness> {
  let azurite: Azurite | undefined;
  let emulator: BotConnectorEmulator | undefined;
  let t: TestApp | undefined;
  let loop: ReturnType<Notifier['startLoop']> | undefined;
  const close = async () => {
    await loop?.stop();
    await t?.dispose();
    await emulator?.close();
    await azurite?.close();
  };
  try {
    [azurite, emulator, t] = await Promise.all([
      startAzurite(),
      startBotConnectorEmulator(),
      startTestApp(),
    ]);
    const notifier = await createNotifier({
      storageConnectionString: azurite.connectionString,
      connectorTimeoutMs: 2_000,
    });
    const runtime = createBotRuntime({
      store: t.app.store!,
      clock: systemClock,
      ids: randomIds,
      notifier,
      auth,
      tab: { appId: 'test-app', entityId: 'my-crm' },
    });
    provideBotRuntime(async () => runtime);
    loop = notifier.startLoop({ concurrency: 8 });
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
    return { t, emulator, runtime, post, close };
  } catch (error) {
    await close();
    throw error;
  }
}
