// Notifications per second against the Bot Connector emulator's limits, as a ratio of the
// theoretical maximum, with 100 recipients; and latency from an API write to the card's POST.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createBotRuntime,
  createNotifier,
  deliveryKey,
  provideBotRuntime,
  type Notifier,
} from '@channel-crm/bot';
import { randomIds, systemClock, type Opportunity } from '@channel-crm/domain/server';
import { startLocalApp } from '../local-app';
import { startAzurite } from '../local/notifications';
import { DEMO_TENANTS } from '../seed/demo-org';
import { percentile, type BenchFigure } from './figure';

const RECIPIENTS = 100;
const NOTIFICATIONS = 600;
/** Teams' per app per tenant limit (the binding one: 100 threads × 4/s per thread is far more). */
const TENANT_PER_SECOND = 50;
const WRITES = 30;

type Delivered = { userId?: string; at: number; activity: Record<string, unknown> };
type Emulator = {
  serviceUrl: string;
  delivered: Delivered[];
  counts: { violations: number };
  install(tenantId: string, userId: string): string;
  waitFor(predicate: (d: Delivered[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
};

/**
 * The emulator is test code (tests/support); tests' project references scripts, so a static
 * import from here would make a reference cycle. It is loaded at run time instead.
 */
async function startEmulator(): Promise<Emulator> {
  const file = join(process.cwd(), 'tests', 'support', 'bot-connector-emulator.ts');
  const mod = (await import(pathToFileURL(file).href)) as {
    startBotConnectorEmulator(): Promise<Emulator>;
  };
  return mod.startBotConnectorEmulator();
}

async function install(notifier: Notifier, emulator: Emulator, tenantId: string, userId: string) {
  await notifier.state.conversations.put({
    tenantId,
    userId,
    conversationId: emulator.install(tenantId, userId),
    serviceUrl: emulator.serviceUrl,
    botId: 'bench-bot',
    updatedAt: new Date().toISOString(),
  });
}

/** Sustained cards per second over the run, against Teams' 50/s per app per tenant. */
async function throughput(notifier: Notifier, emulator: Emulator): Promise<BenchFigure[]> {
  const tenantId = `bench-${crypto.randomUUID()}`;
  const users = Array.from({ length: RECIPIENTS }, (_, i) => `user-${i}`);
  for (const u of users) await install(notifier, emulator, tenantId, u);
  for (let i = 0; i < NOTIFICATIONS; i++) {
    const recipientId = users[i % RECIPIENTS]!;
    const eventId = `event-${i}`;
    await notifier.enqueue({
      key: deliveryKey(eventId, recipientId),
      tenantId,
      recipientId,
      eventId,
      recordId: 'bench-record',
      activity: { type: 'message', text: eventId },
      attempt: 0,
    });
  }
  const before = emulator.delivered.length;
  const loop = notifier.startLoop({ concurrency: 64 });
  await emulator.waitFor((d) => d.length - before >= NOTIFICATIONS, 120_000);
  await loop.stop();
  const arrivals = emulator.delivered.slice(before).map((d) => d.at);
  const seconds = (Math.max(...arrivals) - Math.min(...arrivals)) / 1000;
  const rate = (NOTIFICATIONS - 1) / seconds;
  return [
    { name: 'notifier.rate', value: Math.round(rate * 10) / 10, unit: 'msg/s' },
    {
      name: 'notifier.rate_ratio_to_max',
      value: Math.round((rate / TENANT_PER_SECOND) * 1000) / 1000,
      unit: 'x',
    },
    { name: 'notifier.limit_violations', value: emulator.counts.violations, unit: 'count' },
  ];
}

async function writeToCard(connectionString: string, emulator: Emulator): Promise<BenchFigure[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'crm-bench-notifier-'));
  const app = await startLocalApp({ dataDir, tab: false });
  const notifier = await createNotifier({ storageConnectionString: connectionString });
  const loop = notifier.startLoop({ concurrency: 16 });
  try {
    const runtime = createBotRuntime({
      store: app.store!,
      clock: systemClock,
      ids: randomIds,
      notifier,
      auth: {},
      tab: { appId: 'bench', entityId: 'my-crm' },
    });
    // Writes are dispatched at once by the bot the app is given (see the local app's store).
    provideBotRuntime(async () => runtime);
    const tenant = DEMO_TENANTS[0]!;
    const [owner, follower] = [tenant.users[2]!.id, tenant.users[1]!.id];
    for (const u of [owner, follower]) await install(notifier, emulator, tenant.id, u);
    const call = async (
      method: string,
      path: string,
      userId: string,
      body?: unknown,
      v?: number,
    ) => {
      const token = await fetch(`${app.api!.url}/api/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userId }),
      }).then((r) => r.json() as Promise<{ token: string }>);
      const res = await fetch(`${app.api!.url}/api${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token.token}`,
          'content-type': 'application/json',
          ...(v === undefined ? {} : { 'if-match': `"${v}"` }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as Opportunity;
    };
    const space = tenant.spaces[0]!.id;
    const pipeline = (await app.store!.pipelines.listForSpace(tenant.id, space))[0]!;
    const stages = pipeline.stages.filter((s) => s.kind === 'open');
    let opportunity = await call('POST', '/opportunities', owner, {
      spaceId: space,
      name: 'Bench deal',
    });
    opportunity = await call(
      'POST',
      `/opportunities/${opportunity.id}/follow`,
      follower,
      undefined,
      opportunity.version,
    );
    await runtime.dispatcher.idle();

    const samples: number[] = [];
    for (let i = 0; i < WRITES; i++) {
      const seen = emulator.delivered.filter((d) => d.userId === follower).length;
      const start = Date.now();
      const stageId = stages[(i % (stages.length - 1)) + 1]!.id;
      const target = stageId === opportunity.stageId ? stages[0]!.id : stageId;
      opportunity = await call(
        'PATCH',
        `/opportunities/${opportunity.id}/stage`,
        owner,
        { stageId: target },
        opportunity.version,
      );
      await emulator.waitFor((d) => d.filter((x) => x.userId === follower).length > seen, 30_000);
      samples.push(emulator.delivered.filter((d) => d.userId === follower).at(-1)!.at - start);
    }
    return [
      { name: 'notifier.write_to_card.p50', value: percentile(samples, 50), unit: 'ms' },
      { name: 'notifier.write_to_card.p95', value: percentile(samples, 95), unit: 'ms' },
    ];
  } finally {
    await loop.stop();
    await app.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchFigure[]> {
  const azurite = await startAzurite();
  const emulator = await startEmulator();
  try {
    const notifier = await createNotifier({ storageConnectionString: azurite.connectionString });
    return [
      ...(await throughput(notifier, emulator)),
      ...(await writeToCard(azurite.connectionString, emulator)),
    ];
  } finally {
    await emulator.close();
    await azurite.close();
  }
}
