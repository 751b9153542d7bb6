// Notifications per second against the Bot Connector emulator's limits, as a ratio of the
// theoretical maximum, with 100 recipients; and latency from an API write to the card's POST,
// hop by hop, at idle and under the mixed load (load.bench.ts).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createBotRuntime,
  createNotifier,
  decodeMessage,
  deliveryKey,
  type Delivery,
  provideBotRuntime,
  type Notifier,
} from '@channel-crm/bot';
import { randomIds, systemClock, type Opportunity } from '@channel-crm/domain/server';
import { startLocalApp } from '../local-app';
import { startAzurite } from '../local/notifications';
import { DEMO_TENANTS } from '../seed/demo-org';
import { installFor, startEmulator, type Delivered, type Emulator } from './bot-connector';
import { percentile, type BenchFigure } from './figure';
import { spawnMixedLoad } from './load/spawn-load';

const RECIPIENTS = 100;
const NOTIFICATIONS = 600;
/** Teams' per app per tenant limit (the binding one: 100 threads × 4/s per thread is far more). */
const TENANT_PER_SECOND = 50;
const WRITES = 30;
/** The mixed load of load.bench.ts, on for a few seconds before the first write is timed. */
const LOAD_USERS = 50;
/** Each user's pause between two actions, as in load.bench.ts. */
const LOAD_THINK_MS = 1_000;
const LOAD_WARMUP_MS = 5_000;
const CARD_TIMEOUT_MS = 20_000;
const LOADED_WRITES = 12;

/** Sustained cards per second over the run, against Teams' 50/s per app per tenant. */
async function throughput(notifier: Notifier, emulator: Emulator): Promise<BenchFigure[]> {
  const tenantId = `bench-${crypto.randomUUID()}`;
  const users = Array.from({ length: RECIPIENTS }, (_, i) => `user-${i}`);
  for (const u of users) await installFor(notifier, emulator, tenantId, u);
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

/** When one delivery passed each hop after its write (Date.now(), as the emulator's `at`). */
type Hops = { enqueued: Map<string, number>; received: Map<string, number> };
const hopKey = (recordId: string, recipientId: string) => `${recordId}:${recipientId}`;

/**
 * The notifier as the bench's bot uses it, noting when a delivery is on the queue (after
 * dispatch) and when the polling loop takes it off (the queue's wait).
 */
function timedNotifier(notifier: Notifier, hops: Hops): Notifier {
  const receive = notifier.queue.receiveMessages.bind(notifier.queue);
  notifier.queue.receiveMessages = async (options) => {
    const received = await receive(options);
    for (const m of received.receivedMessageItems) {
      const delivery = decodeMessage(m.messageText) as Delivery;
      hops.received.set(hopKey(delivery.recordId, delivery.recipientId), Date.now());
    }
    return received;
  };
  return {
    ...notifier,
    enqueue: async (delivery, delayMs) => {
      await notifier.enqueue(delivery, delayMs);
      hops.enqueued.set(hopKey(delivery.recordId, delivery.recipientId), Date.now());
    },
  };
}

/** One write and its card: the time of each hop from the write's start. */
type Sample = { total: number; api: number; dispatch: number; queue: number; sender: number };

function hopFigures(prefix: string, samples: Sample[]): BenchFigure[] {
  const hops: (keyof Sample)[] = ['api', 'dispatch', 'queue', 'sender'];
  const of = (hop: keyof Sample) => samples.map((s) => s[hop]);
  return [
    { name: `${prefix}.p50`, value: percentile(of('total'), 50), unit: 'ms' },
    { name: `${prefix}.p95`, value: percentile(of('total'), 95), unit: 'ms' },
    ...hops.flatMap((hop) => [
      { name: `${prefix}.${hop}_ms.p50`, value: percentile(of(hop), 50), unit: 'ms' },
      { name: `${prefix}.${hop}_ms.p95`, value: percentile(of(hop), 95), unit: 'ms' },
    ]),
  ];
}

/**
 * Write → card POST, with where the time goes: the API call, dispatch (response to the
 * delivery on the queue), the queue (until the polling loop takes it) and the sender (until
 * the Bot Connector has the card). `underLoad`: while the mixed load runs against the app.
 */
async function writeToCard(
  connectionString: string,
  emulator: Emulator,
  underLoad: boolean,
): Promise<BenchFigure[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'crm-bench-notifier-'));
  const app = await startLocalApp({ dataDir, tab: false });
  const hops: Hops = { enqueued: new Map(), received: new Map() };
  const notifier = timedNotifier(
    await createNotifier({ storageConnectionString: connectionString }),
    hops,
  );
  const loop = notifier.startLoop({ concurrency: 16 });
  const load = underLoad
    ? spawnMixedLoad({
        api: `${app.api!.url}/api`,
        users: LOAD_USERS,
        seconds: 600,
        prefix: 'notifier.load',
        thinkMs: LOAD_THINK_MS,
      })
    : undefined;
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
    // The admin owns the deal: the mixed load signs in sellers only, so it never edits it.
    const [owner, follower] = [tenant.users[0]!.id, tenant.users[1]!.id];
    for (const u of [owner, follower]) await installFor(notifier, emulator, tenant.id, u);
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
    if (load) {
      await load.started;
      await new Promise((resolve) => setTimeout(resolve, LOAD_WARMUP_MS));
    }

    const key = hopKey(opportunity.id, follower);
    const isOurCard = (d: Delivered) =>
      d.userId === follower && JSON.stringify(d.activity).includes(opportunity.id);
    const samples: Sample[] = [];
    /** Cards not there after CARD_TIMEOUT_MS, by the hop they were still in. */
    const lost = { dispatch: 0, queue: 0, sender: 0 };
    const toFollower = () => emulator.delivered.filter((d) => d.userId === follower).length;
    const [firstCard, firstAt] = [toFollower(), Date.now()];
    for (let i = 0; i < (underLoad ? LOADED_WRITES : WRITES); i++) {
      const seen = emulator.delivered.filter(isOurCard).length;
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
      const answered = Date.now();
      const arrived = await emulator
        .waitFor((d) => d.filter(isOurCard).length > seen, CARD_TIMEOUT_MS)
        .then(() => true)
        .catch(() => false);
      // This write's hops only (an earlier write's card may be the one still in flight).
      const since = (at: number | undefined) => (at !== undefined && at >= start ? at : undefined);
      const [enqueued, received] = [since(hops.enqueued.get(key)), since(hops.received.get(key))];
      if (!arrived || enqueued === undefined || received === undefined) {
        lost[received !== undefined ? 'sender' : enqueued !== undefined ? 'queue' : 'dispatch']++;
        continue;
      }
      const card = emulator.delivered.filter(isOurCard).at(-1)!.at;
      samples.push({
        total: card - start,
        api: answered - start,
        dispatch: enqueued - answered,
        queue: received - enqueued,
        sender: card - received,
      });
    }
    const prefix = underLoad ? 'notifier.write_to_card.loaded' : 'notifier.write_to_card';
    // Every card the follower got meanwhile, ours and the load's: one conversation takes 2/s.
    const followerRate = (toFollower() - firstCard) / ((Date.now() - firstAt) / 1000);
    const figures = [
      ...hopFigures(prefix, samples),
      ...Object.entries(lost).map(([hop, count]) => ({
        name: `${prefix}.lost_in_${hop}`,
        value: count,
        unit: 'count',
      })),
      {
        name: `${prefix}.follower_cards_per_s`,
        value: Math.round(followerRate * 100) / 100,
        unit: 'msg/s',
      },
    ];
    if (!load) return figures;
    load.stop();
    const loadFigures = await load.done;
    // The load itself: its size, and its errors by kind (status).
    const kept = (name: string) =>
      ['notifier.load.rps', 'notifier.load.users'].includes(name) ||
      name.startsWith('notifier.load.errors.');
    return [...figures, ...loadFigures.filter((f) => kept(f.name))];
  } finally {
    load?.stop();
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
      ...(await writeToCard(azurite.connectionString, emulator, false)),
      ...(await writeToCard(azurite.connectionString, emulator, true)),
    ];
  } finally {
    await emulator.close();
    await azurite.close();
  }
}
