import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS, demoUser } from '../support/demo-data';
import { startTestApp, type TestApp } from '../support/test-app';

type Share = { userId: string; share: number };
type Lead = { id: string; version: number; coOwnerIds: string[]; shares?: Share[] };
type Filters = { version: number; filters: { id: string; name: string }[] };
type Run = {
  split: number;
  unchanged: number;
  unprocessed: { leadId: string; title: string; reason: string }[];
  continuation?: string;
  done: boolean;
};
type Problem = { status: number; code: string; errors?: { path: string; code: string }[] };

let t: TestApp;
let claire: string;
let elodie: string;
let ioana: string;
const elodieId = demoUser('Élodie Martin').id;
const ioanaId = demoUser('Ioana Popescu').id;
const france = DEMO_TENANTS[0]!.spaces.find((s) => s.name === 'Ventes France')!.id;
const TAG = 'salon-lyon';
const SHARES: Share[] = [
  { userId: elodieId, share: 6667 },
  { userId: ioanaId, share: 3333 },
];

beforeAll(async () => {
  t = await startTestApp();
  claire = await t.tokenFor(demoUser('Claire Dubois').id);
  elodie = await t.tokenFor(elodieId);
  ioana = await t.tokenFor(ioanaId);
});
afterAll(() => t.dispose());

const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

const newLead = async (lastName: string): Promise<Lead> => {
  const reply = await t.request('POST', '/leads', {
    token: elodie,
    body: { spaceId: france, lastName, tags: [TAG] },
    headers: { 'idempotency-key': crypto.randomUUID() },
  });
  expect(reply.status).toBe(201);
  return reply.body as Lead;
};

const saveFilter = async (coOwners: Share[]) => {
  const current = (await t.request('GET', `/spaces/${france}/splitter-filters`, { token: claire }))
    .body as Filters;
  return t.request('PUT', `/spaces/${france}/splitter-filters`, {
    token: claire,
    headers: ifMatch(current.version),
    body: {
      filters: [{ name: 'Salon Lyon', conditions: [{ kind: 'tag', anyOf: [TAG] }], coOwners }],
    },
  });
};

/** Executes until the run has seen every lead of the space, as the Settings panel does. */
const execute = async (filterId: string): Promise<Run> => {
  let body: { continuation?: string } = {};
  for (;;) {
    const reply = await t.request(
      'POST',
      `/spaces/${france}/splitter-filters/${filterId}/execute`,
      { token: claire, body },
    );
    expect(reply.status).toBe(200);
    const run = reply.body as Run;
    if (run.done) return run;
    body = { continuation: run.continuation };
  }
};

const edit = (lead: Lead, token: string) =>
  t.request('PATCH', `/leads/${lead.id}`, {
    token,
    headers: ifMatch(lead.version),
    body: { jobTitle: 'Acheteuse' },
  });

describe('lead splitter filters through HTTP', () => {
  it('refuses shares that do not add up to 100 %, naming the field', async () => {
    const reply = await saveFilter([
      { userId: elodieId, share: 6666 },
      { userId: ioanaId, share: 3333 },
    ]);
    expect(reply.status).toBe(400);
    expect((reply.body as Problem).errors).toContainEqual(
      expect.objectContaining({ path: 'filters.0.coOwners', code: 'field.shares_total' }),
    );
  });

  it('keeps filters for admins only', async () => {
    const reply = await t.request('GET', `/spaces/${france}/splitter-filters`, { token: elodie });
    expect(reply.status).toBe(403);
  });

  it('lets a co-owner edit the split lead, which a non-owner could not, and carries the shares to the deal', async () => {
    const lead = await newLead('Garnier');
    expect((await edit(lead, ioana)).status).toBe(403);

    const saved = await saveFilter(SHARES);
    expect(saved.status).toBe(200);
    const filterId = (saved.body as Filters).filters[0]!.id;
    const run = await execute(filterId);
    expect(run).toMatchObject({ split: 1, unprocessed: [] });

    const split = (await t.request('GET', `/leads/${lead.id}`, { token: ioana })).body as Lead;
    expect(split.shares).toEqual(SHARES);
    expect(split.coOwnerIds).toEqual([ioanaId]);
    const edited = await edit(split, ioana);
    expect(edited.status).toBe(200);

    const again = await execute(filterId);
    expect(again).toMatchObject({ split: 0, unchanged: 1 });

    const qualified = await t.request('POST', `/leads/${lead.id}/qualify`, {
      token: ioana,
      headers: ifMatch((edited.body as Lead).version),
      body: { opportunity: {} },
    });
    expect(qualified.status).toBe(200);
    const { opportunity } = qualified.body as { opportunity: { id: string } };
    const deal = await t.request('GET', `/opportunities/${opportunity.id}`, { token: elodie });
    expect(deal.body).toMatchObject({ shares: SHARES, coOwnerIds: [ioanaId] });

    const last = await execute(filterId);
    expect(last.unprocessed).toEqual([
      { leadId: lead.id, title: 'Garnier', reason: 'lead_closed' },
    ]);
    const kept = await t.request(
      'GET',
      `/spaces/${france}/splitter-filters/${filterId}/unprocessed`,
      {
        token: claire,
      },
    );
    expect(kept.body).toMatchObject({ unprocessed: last.unprocessed, split: 0, unchanged: 0 });
  });
});
