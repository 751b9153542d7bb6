// The lead statistics views of a space holding 100,000 leads, on the embedded server: p50 and
// p95 of conversions over 30 and 366 days with the statistics, of the intraday view and of
// split control, and the store requests each takes. The leads are written through the store's
// batches (90 a batch), so the counters are the ones real writes keep.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import {
  cosmosStore,
  getLeadIntraday,
  getLeadStats,
  getSplitControl,
  GetLeadIntradayInput,
  openCrmContainer,
  randomIds,
  systemClock,
  type BatchWrite,
  type Lead,
  type Result,
  type UseCaseContext,
} from '@channel-crm/domain/server';
import { leadFixture, startEmbeddedCosmos } from '@channel-crm/domain/testing';
import { percentile, type BenchFigure } from './figure';

const LEADS = Number(process.env.LEAD_STATS_BENCH_LEADS ?? 100_000);
const PER_BATCH = 90;
const SEED_PARALLEL = 4;
const SAMPLES = 200;
const TENANT = 'bench-lead-stats';
const SPACE = randomUUID();
const SOURCES = ['manual', 'csv', 'web_form', 'email', 'call', 'inbound_api'] as const;
const STATUSES = ['new', 'working', 'qualified', 'disqualified'] as const;
const DAY_MS = 86_400_000;
const NOW = Date.now();

/**
 * Lead i: spread over the last 400 days (the leads of one batch arrive on the same day, as an
 * import's do), six sources, four statuses and 50 sellers.
 */
const leadOf = (i: number): Lead => {
  const day = Math.floor(i / PER_BATCH) % 400;
  const createdAt = new Date(NOW - day * DAY_MS - (i % 24) * 60_000).toISOString();
  const lead = leadFixture({
    id: randomUUID(),
    tenantId: TENANT,
    spaceId: SPACE,
    lastName: `Lead ${i}`,
    source: SOURCES[i % SOURCES.length]!,
    status: STATUSES[(i >> 1) % STATUSES.length]!,
    ownerId: i % 10 === 0 ? undefined : `seller-${i % 50}`,
    createdAt,
    updatedAt: createdAt,
    ...(i % 3 === 0
      ? { firstTouchedAt: new Date(Date.parse(createdAt) + (i % 600) * 60_000).toISOString() }
      : {}),
  });
  // One lead in twenty is split between three sellers, as the splitter writes it.
  return (
    i % 20 === 0
      ? {
          ...lead,
          shares: [
            { userId: 'seller-1', share: 3334 },
            { userId: 'seller-2', share: 3333 },
            { userId: 'seller-3', share: 3333 },
          ],
        }
      : lead
  ) as Lead;
};

async function seed(store: ReturnType<typeof cosmosStore>) {
  let next = 0;
  const worker = async () => {
    while (next < LEADS) {
      const from = next;
      const size = Math.min(PER_BATCH, LEADS - from);
      next += size;
      const writes: BatchWrite[] = Array.from({ length: size }, (_, i) => ({
        doc: leadOf(from + i),
        events: [],
        expectedVersion: 0,
      }));
      const written = await store.commitBatch(TENANT, writes, randomUUID());
      if (!written.ok) throw new Error(`Seeding failed: ${written.error.message}`);
      if (next % 20_000 < PER_BATCH) console.error(`lead-stats: seeded ${next} of ${LEADS} leads`);
    }
  };
  await Promise.all(Array.from({ length: SEED_PARALLEL }, worker));
}

const isoDate = (at: number) => new Date(at).toISOString().slice(0, 10);

export async function run(): Promise<BenchFigure[]> {
  const cosmos = await startEmbeddedCosmos();
  try {
    const container = await openCrmContainer({
      endpoint: cosmos.endpoint,
      key: cosmos.key,
      databaseId: 'bench',
    });
    const store = cosmosStore(container);
    const space = await store.spaces.commit(
      {
        ...leadFixture({ tenantId: TENANT }),
        id: SPACE,
        type: 'space',
        name: 'Inbound',
        defaultCurrency: 'EUR',
      },
      [],
      { expectedVersion: 0, commitId: 'seed' },
    );
    if (!space.ok) throw new Error(`Seeding the space failed: ${space.error.message}`);
    const seedStart = performance.now();
    await seed(store);
    const seedSeconds = (performance.now() - seedStart) / 1000;
    const ctx = (): UseCaseContext => ({
      actor: {
        tenantId: TENANT,
        userId: 'director',
        name: 'Director',
        role: 'manager',
        spaceIds: [SPACE],
        subordinateIds: [],
      },
      store,
      clock: systemClock,
      ids: randomIds,
      commitId: randomUUID(),
    });
    const views: [string, () => Promise<Result<unknown>>][] = [
      [
        'lead_stats_30_days',
        () =>
          getLeadStats(ctx(), SPACE, {
            from: isoDate(NOW - 29 * DAY_MS),
            to: isoDate(NOW),
            timeZone: 'Europe/Warsaw',
          }),
      ],
      [
        'lead_stats_366_days',
        () =>
          getLeadStats(ctx(), SPACE, {
            from: isoDate(NOW - 365 * DAY_MS),
            to: isoDate(NOW),
            timeZone: 'Europe/Warsaw',
          }),
      ],
      [
        'lead_intraday',
        () =>
          getLeadIntraday(
            ctx(),
            SPACE,
            GetLeadIntradayInput.parse({ timeZone: 'Europe/Warsaw', weeks: 4 }),
          ),
      ],
      ['split_control', () => getSplitControl(ctx(), SPACE)],
    ];
    const figures: BenchFigure[] = [
      { name: 'lead_stats_seed_leads', value: LEADS, unit: 'leads' },
      {
        name: 'lead_stats_seed_leads_per_s',
        value: Math.round(LEADS / seedSeconds),
        unit: 'leads/s',
      },
    ];
    for (const [name, view] of views) {
      for (let i = 0; i < 10; i += 1) await view();
      const samples: number[] = [];
      const before = cosmos.requestCount();
      for (let i = 0; i < SAMPLES; i += 1) {
        const start = performance.now();
        const result = await view();
        samples.push(performance.now() - start);
        if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
      }
      figures.push(
        { name: `${name}_p50`, value: percentile(samples, 50), unit: 'ms' },
        { name: `${name}_p95`, value: percentile(samples, 95), unit: 'ms' },
        {
          name: `${name}_requests`,
          value: Math.round(((cosmos.requestCount() - before) / SAMPLES) * 10) / 10,
          unit: 'requests',
        },
      );
    }
    return figures;
  } finally {
    await cosmos.close();
  }
}
