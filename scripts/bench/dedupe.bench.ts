// The duplicate check of one inbound lead against 100,000 leads of its tenant, each with the key
// documents of its e-mail and of its phone number (no company: no person key), on the embedded server: p50, p95 and the store
// requests a check takes. Half the samples match an existing lead, half match nothing.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import {
  checkDuplicates,
  cosmosStore,
  DUPLICATE_KEY_TYPE,
  duplicateKeyDocumentId,
  openCrmContainer,
  randomIds,
  recordDuplicateKeys,
  systemClock,
  type Lead,
  type UseCaseContext,
} from '@channel-crm/domain/server';
import {
  BULK_CHUNK,
  bulkCreate,
  leadFixture,
  startEmbeddedCosmos,
} from '@channel-crm/domain/testing';
import { percentile, type BenchFigure } from './figure';

const LEADS = Number(process.env.DEDUPE_BENCH_LEADS ?? 100_000);
const SAMPLES = 400;
const SEED_PARALLEL = 4;
const TENANT = 'bench-dedupe';
const SPACE = randomUUID();

const phoneOf = (i: number) => `+48 6${String(i).padStart(8, '0')}`;
const emailOf = (i: number) => `buyer.${i}@gmail.com`;

const existingLead = (i: number): Lead =>
  leadFixture({
    id: randomUUID(),
    tenantId: TENANT,
    spaceId: SPACE,
    ownerId: `seller-${i % 50}`,
    firstName: undefined,
    company: undefined,
    lastName: `Buyer ${i}`,
    email: emailOf(i),
    phone: phoneOf(i),
  });

/** A lead as the store keeps it, and the key documents its keys would have. */
function storedWithKeys(lead: Lead) {
  const keys = recordDuplicateKeys(lead, 'PL');
  const holders = [{ recordType: 'lead', id: lead.id, spaceId: SPACE }];
  return [
    { ...lead, duplicateKeys: keys, outbox: [], hasOutbox: false, commits: [] },
    ...keys.map((key) => ({
      id: duplicateKeyDocumentId(key),
      type: DUPLICATE_KEY_TYPE,
      tenantId: TENANT,
      key,
      holders,
    })),
  ];
}

async function seed(container: Awaited<ReturnType<typeof openCrmContainer>>) {
  let next = 0;
  const worker = async () => {
    while (next < LEADS) {
      const from = next;
      const size = Math.min(BULK_CHUNK, LEADS - from);
      next += size;
      const docs = Array.from({ length: size }, (_, i) => storedWithKeys(existingLead(from + i)));
      await bulkCreate(container, docs.flat());
      if (next % 20_000 < BULK_CHUNK) console.error(`dedupe: seeded ${next} of ${LEADS} leads`);
    }
  };
  await Promise.all(Array.from({ length: SEED_PARALLEL }, worker));
}

export async function run(): Promise<BenchFigure[]> {
  const cosmos = await startEmbeddedCosmos();
  try {
    const container = await openCrmContainer({
      endpoint: cosmos.endpoint,
      key: cosmos.key,
      databaseId: 'bench',
    });
    const store = cosmosStore(container);
    value(
      await store.spaces.commit(
        {
          ...leadFixture({ tenantId: TENANT }),
          id: SPACE,
          type: 'space',
          name: 'Inbound',
          defaultCurrency: 'PLN',
          defaultCountry: 'PL',
        },
        [],
        { expectedVersion: 0, commitId: 'seed' },
      ),
    );
    const seedStart = performance.now();
    await seed(container);
    const seedSeconds = (performance.now() - seedStart) / 1000;
    const ctx = (): UseCaseContext => ({
      actor: {
        tenantId: TENANT,
        userId: 'inbound',
        name: 'Inbound',
        role: 'seller',
        spaceIds: [SPACE],
        subordinateIds: [],
      },
      store,
      clock: systemClock,
      ids: randomIds,
      commitId: randomUUID(),
    });
    /** An inbound lead: its phone written nationally, even samples a known buyer's. */
    const check = (i: number) => {
      const known = (i * 7_919) % LEADS;
      return checkDuplicates(ctx(), {
        type: 'lead',
        spaceId: SPACE,
        lastName: 'Inbound',
        email: i % 2 === 0 ? emailOf(known).toUpperCase() : `new.${i}@example.org`,
        phone: i % 2 === 0 ? phoneOf(known).slice(3) : `7${String(i).padStart(8, '0')}`,
      });
    };
    for (let i = 0; i < 20; i += 1) await check(i);
    const samples: number[] = [];
    let matched = 0;
    const before = cosmos.requestCount();
    for (let i = 0; i < SAMPLES; i += 1) {
      const start = performance.now();
      const result = await check(i);
      samples.push(performance.now() - start);
      if (result.ok && result.value.matches.length > 0) matched += 1;
    }
    const requests = (cosmos.requestCount() - before) / SAMPLES;
    if (matched !== SAMPLES / 2) throw new Error(`${matched} of ${SAMPLES} checks matched`);
    return [
      { name: 'dedupe.seed', value: Math.round(seedSeconds), unit: 's' },
      { name: 'dedupe.check.p50', value: percentile(samples, 50), unit: 'ms' },
      { name: 'dedupe.check.p95', value: percentile(samples, 95), unit: 'ms' },
      {
        name: 'dedupe.check.round_trips',
        value: Math.round(requests * 100) / 100,
        unit: 'requests',
      },
    ];
  } finally {
    await cosmos.close();
  }
}

function value<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
