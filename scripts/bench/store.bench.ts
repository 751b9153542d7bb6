// The Cosmos store on the embedded server with 20,000 documents in the container: latency of
// the operations a user action needs and the HTTP round trips each takes.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import {
  cosmosStore,
  openCrmContainer,
  type CrmStore,
  type DomainEvent,
  type Lead,
  type ListQuery,
} from '@channel-crm/domain/server';
import { startEmbeddedCosmos } from '@channel-crm/domain/testing';
import { percentile, type BenchFigure } from './figure';

const DOCUMENTS = 20_000;
const SAMPLES = 200;
const TENANTS = ['bench-tenant-a', 'bench-tenant-b'];
const SPACES = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
const STATUSES = ['new', 'working', 'qualified', 'disqualified'] as const;
const NAMES = ['Nowak', 'Müller', 'Dubois', 'García', 'Rossi', 'Popescu', 'Jensen', 'Öztürk'];

const lead = (tenantId: string, i: number): Lead => {
  const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  return {
    type: 'lead',
    id: randomUUID(),
    tenantId,
    schemaVersion: 1,
    version: 1,
    createdAt: at,
    createdBy: 'bench',
    updatedAt: at,
    updatedBy: 'bench',
    spaceId: SPACES[i % SPACES.length]!,
    ownerId: `user-${i % 25}`,
    coOwnerIds: [],
    lastName: NAMES[i % NAMES.length]!,
    firstName: `Lead ${i}`,
    company: `Company ${i % 500}`,
    source: 'manual',
    tags: i % 10 === 0 ? ['hot'] : [],
    status: STATUSES[i % STATUSES.length]!,
    archived: false,
    participantIds: [],
    subscriberIds: [],
    searchText: '',
  };
};

const event = (record: Lead): DomainEvent => ({
  id: randomUUID(),
  type: 'lead.updated',
  tenantId: record.tenantId,
  recordType: 'lead',
  recordId: record.id,
  actorId: 'bench',
  at: new Date().toISOString(),
  version: record.version + 1,
  changes: [{ field: 'company', old: record.company, new: `${record.company}!` }],
  data: {},
});

/** Fills the container: 100 leads through the store, the rest as bulk copies of them. */
async function seed(store: CrmStore, container: Awaited<ReturnType<typeof openCrmContainer>>) {
  const leads: Lead[] = [];
  for (let i = 0; i < DOCUMENTS; i += 100) {
    const tenantId = TENANTS[(i / 100) % TENANTS.length]!;
    const chunk = Array.from({ length: 100 }, (_, j) => lead(tenantId, i + j));
    if (i < 200) {
      // Half a chunk a batch: the leads' counter documents go in the same batch (at most 100).
      for (const half of [chunk.slice(0, 50), chunk.slice(50)]) {
        const written = await store.commitBatch(
          tenantId,
          half.map((doc) => ({ doc, events: [], expectedVersion: 0 })),
          randomUUID(),
        );
        if (!written.ok) throw new Error(written.error.message);
      }
    } else {
      // Stored shape (sort and search fields) copied from a lead the store wrote.
      const { resource: model } = await container.item(leads[i % 200]!.id, tenantId).read();
      await container.items.bulk(
        chunk.map((doc) => ({
          operationType: 'Create' as const,
          resourceBody: {
            ...model,
            ...doc,
            searchText: model.searchText,
            sortName: model.sortName,
          },
        })),
      );
    }
    leads.push(...chunk);
  }
  return leads;
}

async function measure(
  name: string,
  requestCount: () => number,
  op: (i: number) => Promise<unknown>,
): Promise<BenchFigure[]> {
  for (let i = 0; i < 10; i += 1) await op(i);
  const samples: number[] = [];
  const before = requestCount();
  for (let i = 0; i < SAMPLES; i += 1) {
    const start = performance.now();
    await op(i);
    samples.push(performance.now() - start);
  }
  const roundTrips = (requestCount() - before) / SAMPLES;
  return [
    { name: `store.${name}.p50`, value: percentile(samples, 50), unit: 'ms' },
    { name: `store.${name}.p95`, value: percentile(samples, 95), unit: 'ms' },
    {
      name: `store.${name}.round_trips`,
      value: Math.round(roundTrips * 100) / 100,
      unit: 'requests',
    },
  ];
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
    const leads = await seed(store, container);
    const tenantId = TENANTS[0]!;
    const mine = leads.filter((l) => l.tenantId === tenantId);
    const versions = new Map(mine.map((l) => [l.id, 1]));
    const scope = { viewerId: 'bench', spaceIds: SPACES.slice(0, 2) };
    const page: ListQuery = { scope, sort: { field: 'updatedAt', direction: 'desc' } };
    const filtered: ListQuery = {
      scope,
      status: 'working',
      tag: 'hot',
      text: 'muller',
      sort: { field: 'name', direction: 'asc' },
    };
    const figures: BenchFigure[] = [{ name: 'store.documents', value: DOCUMENTS, unit: 'docs' }];
    const count = cosmos.requestCount;

    figures.push(
      ...(await measure('point_read', count, (i) =>
        store.leads.get(tenantId, mine[i % mine.length]!.id),
      )),
      ...(await measure('commit_with_events', count, async (i) => {
        const record = mine[(i * 7) % mine.length]!;
        const version = versions.get(record.id)!;
        const current = { ...record, version, company: `${record.company}!` };
        const result = await store.leads.commit(current, [event(current)], {
          expectedVersion: version,
          commitId: randomUUID(),
        });
        if (!result.ok) throw new Error(result.error.message);
        versions.set(record.id, version + 1);
      })),
      ...(await measure('page_of_50', count, () =>
        store.leads.list(tenantId, page, { limit: 50 }),
      )),
      ...(await measure('filtered_query', count, () =>
        store.leads.list(tenantId, filtered, { limit: 50 }),
      )),
    );
    return figures;
  } finally {
    await cosmos.close();
  }
}
