import { afterAll, beforeAll, expect, it } from 'vitest';
import { pickMember } from '@channel-crm/domain';
import type { CrmStore } from '@channel-crm/domain/server';
import {
  killed,
  startAppProcess,
  startSharedStores,
  type AppProcess,
  type RunningStores,
} from '../support/app-process';
import { DEMO_TENANTS, demoUser } from '../support/demo-data';

// Three API instances over one Cosmos DB: only the counter document's etag guard keeps their
// round-robin draws apart (each instance serialises only its own draws).

const INSTANCES = 3;
/** Inbound leads each instance receives at once. */
const ARRIVALS_PER_INSTANCE = 50;
/** Pool leads each instance routes on demand (POST /leads/route) during the same burst. */
const POOL_PER_INSTANCE = 10;
const TAG = 'multi-instance';

const admin = demoUser('Claire Dubois');
const members = [
  { userId: demoUser('Élodie Martin').id, weight: 1 },
  { userId: demoUser('Ioana Popescu').id, weight: 1 },
  { userId: demoUser('Jonas Becker').id, weight: 2 },
];
const tenantId = admin.tenantId;
const spaceId = DEMO_TENANTS[0]!.spaces[0]!.id;
const teamId = crypto.randomUUID();

let shared: RunningStores | undefined;
let store: CrmStore;
const apps: AppProcess[] = [];

beforeAll(async () => {
  shared = await startSharedStores();
  store = shared.store;
  const { stores } = shared;
  // One after the other: the first writes the dev issuer's key that the others then share.
  for (let i = 0; i < INSTANCES; i += 1) apps.push(await startAppProcess(stores));
}, 120_000);

afterAll(async () => {
  await Promise.all(apps.map(killed));
  await shared?.close();
});

async function call<T>(app: AppProcess, method: string, path: string, body: unknown, v?: number) {
  const reply = await app.request(method, path, {
    token: await app.tokenFor(admin.id),
    body,
    ...(v !== undefined && { headers: { 'if-match': `"${v}"` } }),
  });
  expect(reply.status, JSON.stringify(reply.body)).toBeLessThan(300);
  return reply.body as T;
}

async function arrive(app: AppProcess, keyToken: string, externalId: string): Promise<string> {
  const reply = await app.request('POST', `/inbound/spaces/${spaceId}/leads`, {
    body: { externalId, lastName: externalId, tags: [TAG] },
    headers: { authorization: `Bearer ${keyToken}` },
  });
  expect(reply.status, JSON.stringify(reply.body)).toBeLessThan(300);
  return (reply.body as { leadId: string }).leadId;
}

const eachInstance = <T>(work: (app: AppProcess, instance: number) => Promise<T[]>) =>
  Promise.all(apps.map(work)).then((lists) => lists.flat());

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

it('hands a burst arriving at three instances round-robin, every ticket drawn once', async () => {
  const first = apps[0]!;
  const { token: keyToken } = await call<{ token: string }>(
    first,
    'POST',
    `/spaces/${spaceId}/api-keys`,
    { name: 'Several instances', ratePerMinute: 6000 },
  );
  await call(
    first,
    'PUT',
    `/spaces/${spaceId}/sales-teams`,
    { teams: [{ id: teamId, name: 'Shared desk', members }] },
    1,
  );
  // No rules yet: these stay in the pool, to be routed on demand during the burst.
  const pool = await eachInstance((app, i) =>
    Promise.all(range(POOL_PER_INSTANCE).map((n) => arrive(app, keyToken, `pool-${i}-${n}`))),
  );
  const rule = {
    id: crypto.randomUUID(),
    name: 'Shared desk',
    conditions: [{ kind: 'tag', anyOf: [TAG] }],
    actions: { assign: { to: 'team', teamId } },
  };
  await call(first, 'PUT', `/spaces/${spaceId}/assignment-rules`, { rules: [rule] }, 1);

  type Routed = { items: { leadId: string; outcome: string }[] };
  const [arrived, routedOnDemand] = await Promise.all([
    eachInstance((app, i) =>
      Promise.all(
        range(ARRIVALS_PER_INSTANCE).map((n) => arrive(app, keyToken, `burst-${i}-${n}`)),
      ),
    ),
    eachInstance(async (app, i) => {
      const ids = pool.slice(i * POOL_PER_INSTANCE, (i + 1) * POOL_PER_INSTANCE);
      return (await call<Routed>(app, 'POST', '/leads/route', { ids })).items;
    }),
  ]);
  expect(routedOnDemand.map((item) => item.outcome)).toEqual(pool.map(() => 'routed'));

  const ids = [...arrived, ...pool];
  expect(new Set(ids).size).toBe(ids.length);
  const leads = await store.leads.getMany(tenantId, ids);
  expect(leads).toHaveLength(ids.length);
  // Each lead written once by its routing: in its own create, or in one edit of a pool lead.
  const inPool = new Set(pool);
  expect(leads.filter((l) => l.version !== (inPool.has(l.id) ? 2 : 1))).toEqual([]);

  // No increment lost, none taken twice: the counter moved once per lead.
  const counter = await store.keyedDocuments.get({
    kind: 'round-robin-counter',
    tenantId,
    ownerId: spaceId,
    key: teamId,
  });
  expect(counter?.next).toBe(ids.length);

  const owners = new Map(members.map((m) => [m.userId, 0]));
  for (const lead of leads) owners.set(lead.ownerId!, (owners.get(lead.ownerId!) ?? 0) + 1);
  const totalWeight = members.reduce((sum, m) => sum + m.weight, 0);
  for (const { userId, weight } of members)
    expect(Math.abs(owners.get(userId)! - (ids.length * weight) / totalWeight)).toBeLessThanOrEqual(
      1,
    );
  // Tickets 0 … n-1, each handed out once, give exactly these counts.
  const expected = new Map(members.map((m) => [m.userId, 0]));
  for (const ticket of range(ids.length)) {
    const { userId } = pickMember(members, ticket, () => true)!;
    expected.set(userId, expected.get(userId)! + 1);
  }
  expect(owners).toEqual(expected);
}, 180_000);
