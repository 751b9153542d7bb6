// Requests/s and p50/p95 through the local host for a list page of 50 and a stage move; the
// request path (the route's handler) as a multiple of the store calls it wraps, and the whole
// HTTP round trip as one; and the store round trips per route called.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { observeRoundTrips } from '@channel-crm/api/local';
import {
  buildActor,
  domainEvent,
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

type Variant = (i: number) => Promise<void>;

/**
 * Times each variant once per round, so that all of them see the same state of the machine (a
 * burst of load or a GC skews one round, not one variant). Each round starts one variant
 * further on: what one variant leaves running after its answer (a write's dispatch) then
 * lands on every other variant alike.
 */
async function interleaved<K extends string>(
  variants: Record<K, Variant>,
): Promise<Record<K, number[]>> {
  const names = Object.keys(variants) as K[];
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<
    K,
    number[]
  >;
  for (let i = 0; i < WARMUP + ROUNDS; i++) {
    for (let j = 0; j < names.length; j++) {
      const name = names[(i + j) % names.length]!;
      const start = performance.now();
      await variants[name](i);
      if (i >= WARMUP) samples[name].push(performance.now() - start);
    }
  }
  return samples;
}

const round = (n: number) => Math.round(n * 100) / 100;
const ratio = (of: number[], to: number[]) => round(percentile(of, 50) / percentile(to, 50));

type RouteSamples = {
  /** The request through HTTP, as a client sees it. */
  http: number[];
  /** The same requests in the route's handler: HttpRequest in, answer out. */
  handler: number[];
  /** The route's use case called in-process in a unit of work. */
  useCase: number[];
  /** The store calls the route makes, with nothing around them. */
  storeCalls: number[];
  /** The route's main store call alone (a list: its query; a move: the commit). */
  mainCall: number[];
};

/**
 * The goal is on `request_path_ratio_to_store_calls`: what the route adds to the store calls
 * it cannot do without (floor 1.0). The HTTP figures add the hop from client to host, which in
 * this bench shares one thread with the client, the host and the embedded Cosmos server.
 */
function figures(name: string, what: string, s: RouteSamples): BenchFigure[] {
  const total = s.http.reduce((a, b) => a + b, 0);
  return [
    { name: `api.${name}.rps`, value: round((s.http.length / total) * 1000), unit: 'req/s' },
    { name: `api.${name}.p50`, value: percentile(s.http, 50), unit: 'ms' },
    { name: `api.${name}.p95`, value: percentile(s.http, 95), unit: 'ms' },
    { name: `api.${name}.request_path.p50`, value: percentile(s.handler, 50), unit: 'ms' },
    { name: `api.${name}.use_case.p50`, value: percentile(s.useCase, 50), unit: 'ms' },
    {
      name: `api.${name}.store_calls_${what}.p50`,
      value: percentile(s.storeCalls, 50),
      unit: 'ms',
    },
    { name: `api.${name}.store.p50`, value: percentile(s.mainCall, 50), unit: 'ms' },
    {
      name: `api.${name}.request_path_ratio_to_store_calls`,
      value: ratio(s.handler, s.storeCalls),
      unit: 'x',
    },
    {
      name: `api.${name}.http_ratio_to_store_calls`,
      value: ratio(s.http, s.storeCalls),
      unit: 'x',
    },
    { name: `api.${name}.http_ratio_to_store`, value: ratio(s.http, s.mainCall), unit: 'x' },
  ];
}

/** Mean store round trips per request of each route heard, as `api.round_trips.<operationId>`. */
function roundTripFigures(heard: Map<string, number[]>): BenchFigure[] {
  return [...heard].map(([operationId, counts]) => ({
    name: `api.round_trips.${operationId}`,
    value: round(counts.reduce((a, b) => a + b, 0) / counts.length),
    unit: 'requests',
  }));
}

export async function run(): Promise<BenchFigure[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'crm-bench-api-'));
  const app = await startLocalApp({ dataDir, tab: false });
  const heard = new Map<string, number[]>();
  /** The handler's time of the last request each route answered. */
  const lastHandlerMs = new Map<string, number>();
  const stopHearing = observeRoundTrips((operationId, roundTrips, handlerMs) => {
    if (!heard.has(operationId)) heard.set(operationId, []);
    heard.get(operationId)!.push(roundTrips);
    lastHandlerMs.set(operationId, handlerMs);
  });
  const handlerTimes = new Map<string, number[]>();
  /** Runs a request and times it as the client and as the route's handler saw it. */
  const throughHttp =
    (operationId: string, request: (i: number) => Promise<void>): Variant =>
    async (i) => {
      lastHandlerMs.delete(operationId);
      await request(i);
      const handlerMs = lastHandlerMs.get(operationId);
      if (handlerMs === undefined) throw new Error(`${operationId} was not heard`);
      if (i < WARMUP) return;
      if (!handlerTimes.has(operationId)) handlerTimes.set(operationId, []);
      handlerTimes.get(operationId)!.push(handlerMs);
    };
  try {
    const store = app.store!;
    const { tenant, seller, api, headers } = await signInBenchSeller(app);
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
    const list = await interleaved({
      http: throughHttp('listOpportunities', async () => {
        const reply = await fetch(`${api}/opportunities?limit=50`, { headers });
        if (reply.status !== 200) throw new Error(`list answered ${reply.status}`);
        await reply.arrayBuffer();
      }),
      useCase: async () => {
        const { value: page } = await inUnitOfWork(() => listOpportunities(context(), listInput));
        if (!page.ok) throw new Error(page.error.message);
      },
      // The list use case's two store calls: the actor's query and the account names.
      storeCalls: async () => {
        const page = await store.opportunities.list(tenant.id, actorQuery, { limit: 50 });
        const accountIds = page.items.flatMap((o) => o.primaryAccountId ?? o.accountIds[0] ?? []);
        if (accountIds.length > 0) await store.accounts.getMany(tenant.id, accountIds);
      },
      mainCall: async () => {
        await store.opportunities.list(tenant.id, actorQuery, { limit: 50 });
      },
    });

    const created = await fetch(`${api}/opportunities`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ spaceId: seller.spaces[0], name: 'Bench deal' }),
    });
    let opportunity = (await created.json()) as Opportunity;
    const [pipeline] = await store.pipelines.listForSpace(tenant.id, opportunity.spaceId);
    const open = pipeline!.stages.filter((s) => s.kind === 'open');
    // Each variant moves the deal on from where the one before left it.
    let moves = 0;
    const nextStage = () => open[++moves % open.length]!;
    const move = await interleaved({
      http: throughHttp('moveOpportunityStage', async () => {
        const reply = await fetch(`${api}/opportunities/${opportunity.id}/stage`, {
          method: 'PATCH',
          headers: { ...headers, 'if-match': `"${opportunity.version}"` },
          body: JSON.stringify({ stageId: nextStage().id }),
        });
        if (reply.status !== 200) throw new Error(`stage move answered ${reply.status}`);
        opportunity = (await reply.json()) as Opportunity;
      }),
      useCase: async () => {
        const { value: moved } = await inUnitOfWork(() =>
          moveOpportunityStage(
            context(),
            opportunity.id,
            { stageId: nextStage().id },
            opportunity.version,
          ),
        );
        if (!moved.ok) throw new Error(moved.error.message);
        opportunity = moved.value;
      },
      // The move's store calls: the read and the commit of the same change with its event,
      // in one unit of work as the API runs it (the commit is guarded by the read's _etag).
      storeCalls: async () => {
        const stage = nextStage();
        const ctx = context();
        const { value: written } = await inUnitOfWork(async () => {
          const current = await store.opportunities.get(tenant.id, opportunity.id);
          if (!current) throw new Error('the bench deal is gone');
          const next = {
            ...current,
            stageId: stage.id,
            probability: stage.probability,
            version: current.version + 1,
          };
          const event = domainEvent(ctx, next, 'opportunity.stage_changed', {
            changes: [{ field: 'stageId', old: current.stageId, new: stage.id }],
          });
          return store.opportunities.commit(next, [event], {
            expectedVersion: current.version,
            commitId: ctx.commitId,
          });
        });
        if (!written.ok) throw new Error(written.error.message);
        opportunity = written.value;
      },
      // The commit alone, without an event; outside a unit of work it reads its _etag itself.
      mainCall: async () => {
        const stage = nextStage();
        const next = { ...opportunity, stageId: stage.id, probability: stage.probability };
        const written = await store.opportunities.commit(next, [], {
          expectedVersion: opportunity.version,
          commitId: crypto.randomUUID(),
        });
        if (!written.ok) throw new Error(written.error.message);
        opportunity = written.value;
      },
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
      ...figures('list50', 'query_names', {
        ...list,
        handler: handlerTimes.get('listOpportunities')!,
      }),
      ...figures('stage_move', 'read_commit', {
        ...move,
        handler: handlerTimes.get('moveOpportunityStage')!,
      }),
      ...roundTripFigures(heard),
    ];
  } finally {
    stopHearing();
    await app.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
