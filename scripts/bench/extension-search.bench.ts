// The search message extension over /api/messages (the local app, its bot and the embedded
// server) against 10,000 opportunities and 20,000 leads in the seller's spaces: p50 and p95 of
// a search by company (a page of 25 results, each with its card), of its second page, and of
// the empty query that opens the extension on the seller's own records.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { normalizeForSearch, type Lead, type Opportunity } from '@channel-crm/domain';
import { cosmosStore, openCrmContainer } from '@channel-crm/domain/server';
import { anOpportunity, BULK_CHUNK, bulkCreate, leadFixture } from '@channel-crm/domain/testing';
import { startLocalApp } from '../local-app';
import { signInBenchSeller } from './bench-seller';
import { percentile, type BenchFigure } from './figure';

const OPPORTUNITIES = Number(process.env.EXTENSION_BENCH_OPPORTUNITIES ?? 10_000);
const LEADS = Number(process.env.EXTENSION_BENCH_LEADS ?? 20_000);
/** Each company has 50 leads and 25 deals at full size: a search fills several pages. */
const COMPANIES = 400;
const SAMPLES = 60;
const SEED_PARALLEL = 4;

type Container = Awaited<ReturnType<typeof openCrmContainer>>;

const companyOf = (i: number) => `Benchco ${i % COMPANIES}`;
/** A spread of change times, so the newest-first merge has real work. */
const changedAt = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();

/** A record as a committed one is stored: its derived search and sort fields, no events. */
const stored = (doc: Lead | Opportunity, searchText: string, sortName: string) => ({
  ...doc,
  searchText,
  sortName,
  sortAmount: doc.type === 'opportunity' ? (doc.amount?.amount ?? 0) : 0,
  sortCloseDate: '9999-12-31',
  outbox: [],
  hasOutbox: false,
  commits: [],
});

async function seed(
  container: Container,
  count: number,
  make: (i: number) => object,
  label: string,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const from = next;
      const size = Math.min(BULK_CHUNK, count - from);
      next += size;
      await bulkCreate(
        container,
        Array.from({ length: size }, (_, i) => make(from + i)),
      );
      if (next % 5_000 < BULK_CHUNK)
        console.error(`extension: seeded ${next} of ${count} ${label}`);
    }
  };
  await Promise.all(Array.from({ length: SEED_PARALLEL }, worker));
}

const round = (n: number) => Math.round(n * 100) / 100;

export async function run(): Promise<BenchFigure[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'crm-bench-extension-'));
  const app = await startLocalApp({ dataDir, tab: false });
  try {
    const cosmos = app.cosmos!;
    const container = await openCrmContainer({ endpoint: cosmos.endpoint, key: cosmos.key });
    const store = cosmosStore(container);
    const { tenant, seller } = await signInBenchSeller(app);
    const pipelines = await Promise.all(
      seller.spaces.map((s) => store.pipelines.listForSpace(tenant.id, s)),
    );
    const owners = tenant.users.filter((u) => seller.spaces.some((s) => u.spaces.includes(s)));
    const ownerOf = (i: number) => owners[i % owners.length]!.id;

    const seedStart = performance.now();
    await seed(
      container,
      OPPORTUNITIES,
      (i) => {
        const space = i % seller.spaces.length;
        const pipeline = pipelines[space]![0]!;
        const name = `${companyOf(i)} deal ${i}`;
        const opportunity = anOpportunity(tenant.id, {
          name,
          spaceId: seller.spaces[space]!,
          ownerId: ownerOf(i),
          pipelineId: pipeline.id,
          stageId: pipeline.stages[0]!.id,
          updatedAt: changedAt(i),
        });
        return stored(opportunity, normalizeForSearch(name), normalizeForSearch(name));
      },
      'opportunities',
    );
    await seed(
      container,
      LEADS,
      (i) => {
        const lead = leadFixture({
          id: randomUUID(),
          tenantId: tenant.id,
          spaceId: seller.spaces[i % seller.spaces.length]!,
          ownerId: ownerOf(i),
          firstName: 'Ana',
          lastName: `Buyer ${i}`,
          company: companyOf(i),
          email: `buyer.${i}@benchco.example`,
          updatedAt: changedAt(i),
        });
        return stored(
          lead,
          normalizeForSearch(lead.firstName, lead.lastName, lead.company, lead.email),
          normalizeForSearch(lead.lastName, lead.firstName),
        );
      },
      'leads',
    );
    const seedSeconds = (performance.now() - seedStart) / 1000;
    await cosmos.save();

    const messages = `${app.api!.url}/api/messages`;
    const query = async (text: string | undefined, skip: number) => {
      const began = performance.now();
      const reply = await fetch(messages, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'invoke',
          name: 'composeExtension/query',
          id: randomUUID(),
          channelId: 'msteams',
          serviceUrl: 'https://smba.bench.example/',
          from: { id: `29:${seller.id}`, aadObjectId: seller.id },
          recipient: { id: '28:bench-bot' },
          conversation: { id: 'a:bench-chat', conversationType: 'personal', tenantId: tenant.id },
          channelData: { tenant: { id: tenant.id } },
          value: {
            commandId: 'searchRecords',
            parameters: [
              text === undefined
                ? { name: 'initialRun', value: 'true' }
                : { name: 'searchText', value: text },
            ],
            queryOptions: { skip, count: 25 },
          },
        }),
      });
      const body = (await reply.json()) as { composeExtension?: { attachments?: unknown[] } };
      const results = body.composeExtension?.attachments?.length ?? 0;
      if (reply.status !== 200 || (skip === 0 && results === 0)) {
        throw new Error(`search answered ${reply.status} with ${results} results`);
      }
      return performance.now() - began;
    };

    await query('benchco 1 ', 0); // warm-up: module loading and first connections
    const byCompany: number[] = [];
    const secondPage: number[] = [];
    const initial: number[] = [];
    for (let i = 0; i < SAMPLES; i += 1) {
      const company = `benchco ${(i * 37) % COMPANIES}`;
      byCompany.push(await query(company, 0));
      secondPage.push(await query(company, 25));
      initial.push(await query(undefined, 0));
    }
    const figures = (name: string, samples: number[]): BenchFigure[] => [
      { name: `extension.${name}.p50`, value: percentile(samples, 50), unit: 'ms' },
      { name: `extension.${name}.p95`, value: percentile(samples, 95), unit: 'ms' },
    ];
    return [
      { name: 'extension.seed', value: round(seedSeconds), unit: 's' },
      ...figures('search_10k_deals_20k_leads', byCompany),
      ...figures('search_page2', secondPage),
      ...figures('initial_run', initial),
    ];
  } finally {
    await app.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
