// Creates per second and create p95 through the API of the app as `npm start` runs it (the
// outbox retry and digest timers, the snapshot autosave), 8 requests at a time, with 1,000 and
// then 100,000 documents stored, and the ratio of the two rates; also how long seeding and
// saving the snapshot of each size took.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { providedBotRuntime } from '@channel-crm/bot';
import { openCrmContainer } from '@channel-crm/domain/server';
import { anOpportunity, BULK_CHUNK, bulkCreate } from '@channel-crm/domain/testing';
import { startLocalApp } from '../local-app';
import { signInBenchSeller } from './bench-seller';
import { percentile, type BenchFigure } from './figure';

const CONCURRENCY = 8;
/** Each size is measured for this long, after a short warm-up. */
const MEASURE_MS = Number(process.env.WRITES_BENCH_MS ?? 20_000);
const WARMUP_CREATES = 3 * CONCURRENCY;
const SIZES = [1_000, 100_000];
/** Bulk requests in flight while seeding. */
const SEED_PARALLEL = 4;

type Container = Awaited<ReturnType<typeof openCrmContainer>>;

type Measured = { done: number; ms: number; latencies: number[]; errors: number };

async function countDocuments(container: Container): Promise<number> {
  const { resources } = await container.items
    .query<number>('SELECT VALUE COUNT(1) FROM c')
    .fetchAll();
  return resources[0] ?? 0;
}

/**
 * Opportunities written straight into the container, as a committed one is stored (no
 * pending events), spread over the tenant's spaces.
 */
async function seedFiller(
  container: Container,
  tenantId: string,
  spaceIds: string[],
  count: number,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const size = Math.min(BULK_CHUNK, count - next);
      const from = next;
      next += size;
      const docs = Array.from({ length: size }, (_, i) => {
        const opportunity = anOpportunity(tenantId, {
          name: `Filler deal ${from + i}`,
          spaceId: spaceIds[(from + i) % spaceIds.length]!,
        });
        return {
          ...opportunity,
          searchText: opportunity.name.toLowerCase(),
          sortName: opportunity.name.toLowerCase(),
          sortAmount: opportunity.amount?.amount ?? 0,
          sortCloseDate: '9999-12-31',
          outbox: [],
          hasOutbox: false,
          commits: [],
        };
      });
      await bulkCreate(container, docs);
      if (next % 10_000 < BULK_CHUNK) console.error(`writes: seeded ${next} of ${count}`);
    }
  };
  await Promise.all(Array.from({ length: SEED_PARALLEL }, worker));
}

async function createLoad(
  create: (n: number) => Promise<number>,
  durationMs: number,
): Promise<Measured> {
  let counter = 0;
  const warmup = async () => {
    while (counter < WARMUP_CREATES) await create(counter++);
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, warmup));
  const latencies: number[] = [];
  let errors = 0;
  const start = performance.now();
  const worker = async () => {
    while (performance.now() - start < durationMs) {
      const began = performance.now();
      const status = await create(counter++);
      if (status === 201) latencies.push(performance.now() - began);
      else errors += 1;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { done: latencies.length, ms: performance.now() - start, latencies, errors };
}

const round = (n: number) => Math.round(n * 100) / 100;

export async function run(): Promise<BenchFigure[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'crm-bench-writes-'));
  const app = await startLocalApp({ dataDir, tab: false });
  try {
    const cosmos = app.cosmos!;
    const container = await openCrmContainer({ endpoint: cosmos.endpoint, key: cosmos.key });
    const { tenant, seller, api, headers } = await signInBenchSeller(app);
    const create = async (n: number) => {
      const reply = await fetch(`${api}/opportunities`, {
        method: 'POST',
        headers: { ...headers, 'idempotency-key': crypto.randomUUID() },
        body: JSON.stringify({ spaceId: seller.spaces[n % seller.spaces.length], name: `W ${n}` }),
      });
      await reply.arrayBuffer();
      return reply.status;
    };

    // The demo data's events are dispatched at start; creates are measured after that.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await (await providedBotRuntime())?.dispatcher.idle();

    const figures: BenchFigure[] = [];
    const rates: number[] = [];
    for (const size of SIZES) {
      const stored = await countDocuments(container);
      const seedStart = performance.now();
      if (stored < size) await seedFiller(container, tenant.id, seller.spaces, size - stored);
      const seedMs = performance.now() - seedStart;
      // The snapshot the seeding made due is saved with it: bulk seeding is not what is measured.
      // Autosaves then come one interval apart per 2,500 documents, past the measured window.
      const saveStart = performance.now();
      await cosmos.save();
      const saveMs = performance.now() - saveStart;
      const label = size >= 1000 ? `${size / 1000}k` : String(size);
      console.error(`writes: ${size} documents stored (seeded in ${round(seedMs / 1000)} s)`);
      const measured = await createLoad(create, MEASURE_MS);
      const rate = round((measured.done / measured.ms) * 1000);
      rates.push(rate);
      console.error(`writes: ${size} stored: ${rate} creates/s, ${measured.errors} errors`);
      figures.push(
        { name: `writes.seed_${label}`, value: round(seedMs / 1000), unit: 's' },
        { name: `writes.snapshot_save_${label}`, value: round(saveMs / 1000), unit: 's' },
        { name: `writes.create_${label}.rps`, value: rate, unit: 'creates/s' },
        {
          name: `writes.create_${label}.p95`,
          value: percentile(measured.latencies, 95),
          unit: 'ms',
        },
        { name: `writes.create_${label}.errors`, value: measured.errors, unit: 'requests' },
      );
    }
    figures.push({
      name: 'writes.rate_1k_over_100k',
      value: round(rates[0]! / Math.max(rates[1]!, 0.01)),
      unit: 'x',
    });
    return figures;
  } finally {
    await app.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
