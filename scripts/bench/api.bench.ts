// Requests/s and p50/p95 through the local host for a list page of 50 and a stage move, the
// ratio of each to the bare store call it wraps and to the store calls its use case makes at
// the least, and the store round trips per route called.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { observeRoundTrips } from '@channel-crm/api/local';
import {
  buildActor,
  inUnitOfWork,
  ListOpportunitiesInput,
  listOpportunities,
  moveOpportunityStage,
  randomIds,
  systemClock,
  visibilityScope,
  type ListQuery,
  type Opportunity,
  type UseCaseContext,
} from '@channel-crm/domain/server';
import { startLocalApp } from '../local-app';
import { signInBenchSeller } from './bench-seller';
import { percentile, type BenchFigure } from './figure';

const ROUNDS = 300;
const WARMUP = 20;

async function timed(rounds: number, step: (i: number) => Promise<void>): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await step(i);
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await step(i + WARMUP);
    samples.push(performance.now() - start);
  }
  return samples;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The p50 of the store alone doing `what`, and the route's p50 as a multiple of it. */
function storeFigures(name: string, what: string, http: number[], bare: number[]): BenchFigure[] {
  const suffix = what === '' ? '' : `_${what}`;
  return [
    { name: `api.${name}.store${suffix}.p50`, value: percentile(bare, 50), unit: 'ms' },
    {
      name: `api.${name}.ratio_to_store${suffix}`,
      value: round(percentile(http, 50) / percentile(bare, 50)),
      unit: 'x',
    },
  ];
}

/**
 * `bare` is the one store call the route wraps; `needed`, the store calls its use case cannot
 * do without (a list: the actor's own query and the account names; a move: the read and the
 * commit guarded by it).
 */
function figures(
  name: string,
  http: number[],
  bare: number[],
  needed: { what: string; samples: number[] },
  useCase: number[],
): BenchFigure[] {
  const total = http.reduce((a, b) => a + b, 0);
  return [
    { name: `api.${name}.rps`, value: round((http.length / total) * 1000), unit: 'req/s' },
    { name: `api.${name}.p50`, value: percentile(http, 50), unit: 'ms' },
    { name: `api.${name}.p95`, value: percentile(http, 95), unit: 'ms' },
    // The route's use case called in-process in a unit of work: what HTTP and auth add is
    // the route's p50 less this.
    { name: `api.${name}.use_case.p50`, value: percentile(useCase, 50), unit: 'ms' },
    ...storeFigures(name, '', http, bare),
    ...storeFigures(name, needed.what, http, needed.samples),
  ];
}

/** Mean store round trips per request of each route heard, as `api.round_trips.<operationId>`. */
function roundTripFigures(heard: Map<string, number[]>): BenchFigure[] {
  return [...heard].map(([operationId, counts]) => ({
    name: `api.round_trips.${operationId}`,
    value: Math.round((counts.reduce((a, b) => a + b, 0) / counts.length) * 100) / 100,
    unit: 'requests',
  }));
}

export async function run(): Promise<BenchFigure[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'crm-bench-api-'));
  const app = await startLocalApp({ dataDir, tab: false });
  const heard = new Map<string, number[]>();
  const stopHearing = observeRoundTrips((operationId, roundTrips) =>
    heard.set(operationId, [...(heard.get(operationId) ?? []), roundTrips]),
  );
  try {
    const store = app.store!;
    const { tenant, seller, api, headers } = await signInBenchSeller(app);
    const spaceIds = seller.spaces;

    const query: ListQuery = { scope: { spaceIds, viewerId: seller.id } };
    const listHttp = await timed(ROUNDS, async () => {
      const reply = await fetch(`${api}/opportunities?limit=50`, { headers });
      if (reply.status !== 200) throw new Error(`list answered ${reply.status}`);
      await reply.arrayBuffer();
    });
    const listBare = await timed(ROUNDS, async () => {
      await store.opportunities.list(tenant.id, query, { limit: 50 });
    });
    const actor = await buildActor(store, tenant.id, seller.id);
    if (!actor.ok) throw new Error(actor.error.message);
    const actorQuery: ListQuery = { scope: visibilityScope(actor.value, 'opportunity') };
    const context = (): UseCaseContext => ({
      actor: actor.value,
      store,
      clock: systemClock,
      ids: randomIds,
      commitId: crypto.randomUUID(),
    });
    const listInput = ListOpportunitiesInput.parse({ limit: 50 });
    const listUseCase = await timed(ROUNDS, async () => {
      const { value: page } = await inUnitOfWork(() => listOpportunities(context(), listInput));
      if (!page.ok) throw new Error(page.error.message);
    });
    const listNeeded = await timed(ROUNDS, async () => {
      const page = await store.opportunities.list(tenant.id, actorQuery, { limit: 50 });
      const accountIds = page.items.flatMap((o) => o.primaryAccountId ?? o.accountIds[0] ?? []);
      if (accountIds.length > 0) await store.accounts.getMany(tenant.id, accountIds);
    });

    const created = await fetch(`${api}/opportunities`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ spaceId: spaceIds[0], name: 'Bench deal' }),
    });
    let opportunity = (await created.json()) as Opportunity;
    const [pipeline] = await store.pipelines.listForSpace(tenant.id, opportunity.spaceId);
    const open = pipeline!.stages.filter((s) => s.kind === 'open');
    const moveHttp = await timed(ROUNDS, async (i) => {
      const reply = await fetch(`${api}/opportunities/${opportunity.id}/stage`, {
        method: 'PATCH',
        headers: { ...headers, 'if-match': `"${opportunity.version}"` },
        body: JSON.stringify({ stageId: open[(i + 1) % open.length]!.id }),
      });
      if (reply.status !== 200) throw new Error(`stage move answered ${reply.status}`);
      opportunity = (await reply.json()) as Opportunity;
    });
    const moveBare = await timed(ROUNDS, async (i) => {
      const stage = open[i % open.length]!;
      const next = { ...opportunity, stageId: stage.id, probability: stage.probability };
      const written = await store.opportunities.commit(next, [], {
        expectedVersion: opportunity.version,
        commitId: crypto.randomUUID(),
      });
      if (!written.ok) throw new Error(written.error.message);
      opportunity = written.value;
    });
    const moveUseCase = await timed(ROUNDS, async (i) => {
      const stageId = open[i % open.length]!.id;
      const { value: moved } = await inUnitOfWork(() =>
        moveOpportunityStage(context(), opportunity.id, { stageId }, opportunity.version),
      );
      if (!moved.ok) throw new Error(moved.error.message);
      opportunity = moved.value;
    });
    const moveNeeded = await timed(ROUNDS, async (i) => {
      const stage = open[(i + 1) % open.length]!;
      // In one unit of work, as the API runs it: the commit is guarded by the read's _etag.
      const { value: written } = await inUnitOfWork(async () => {
        const current = await store.opportunities.get(tenant.id, opportunity.id);
        if (!current) throw new Error('the bench deal is gone');
        const next = { ...current, stageId: stage.id, probability: stage.probability };
        return store.opportunities.commit(next, [], {
          expectedVersion: current.version,
          commitId: crypto.randomUUID(),
        });
      });
      if (!written.ok) throw new Error(written.error.message);
      opportunity = written.value;
    });
    for (let i = 0; i < 20; i++) {
      const read = await fetch(`${api}/opportunities/${opportunity.id}`, { headers });
      const current = (await read.json()) as Opportunity;
      const edited = await fetch(`${api}/opportunities/${opportunity.id}`, {
        method: 'PATCH',
        headers: { ...headers, 'if-match': `"${current.version}"` },
        body: JSON.stringify({ name: `Bench deal ${i}` }),
      });
      if (edited.status !== 200) throw new Error(`edit answered ${edited.status}`);
      opportunity = (await edited.json()) as Opportunity;
    }
    return [
      ...figures(
        'list50',
        listHttp,
        listBare,
        { what: 'query_names', samples: listNeeded },
        listUseCase,
      ),
      ...figures(
        'stage_move',
        moveHttp,
        moveBare,
        { what: 'read_commit', samples: moveNeeded },
        moveUseCase,
      ),
      ...roundTripFigures(heard),
    ];
  } finally {
    stopHearing();
    await app.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
