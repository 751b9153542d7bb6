import type { LeadIntraday, LeadStats, SplitControl } from '@channel-crm/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS, demoUser } from '../support/demo-data';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let elodie: string;
let claire: string;
let inboundKey: string;
const elodieId = demoUser('Élodie Martin').id;
const france = DEMO_TENANTS[0]!.spaces.find((s) => s.name === 'Ventes France')!.id;
const dach = DEMO_TENANTS[0]!.spaces[1]!.id;

type Lead = {
  id: string;
  version: number;
  createdAt: string;
  ownerId?: string;
  firstTouchedAt?: string;
};
type Problem = { errors?: { path: string; code: string }[] };

beforeAll(async () => {
  t = await startTestApp();
  elodie = await t.tokenFor(elodieId);
  claire = await t.tokenFor(demoUser('Claire Dubois').id);
  const key = await t.request('POST', `/spaces/${france}/api-keys`, {
    token: claire,
    body: { name: 'Lead views' },
  });
  expect(key.status).toBe(201);
  inboundKey = (key.body as { token: string }).token;
});
afterAll(() => t.dispose());

const get = async <T>(path: string) => {
  const reply = await t.request('GET', path, { token: elodie });
  expect(reply.status).toBe(200);
  return reply.body as T;
};
const stats = () => get<LeadStats>(`/spaces/${france}/lead-stats`);
const inView = async (view: string, id: string, extra = '') => {
  const page = await get<{ items: Lead[] }>(
    `/leads?spaceId=${france}&view=${view}&limit=100${extra}`,
  );
  return page.items.some((lead) => lead.id === id);
};
/** A lead sent to the inbound endpoint, as a marketing tool would: it lands in the free pool. */
const newPoolLead = async (lastName: string) => {
  const sent = await t.request('POST', `/inbound/spaces/${france}/leads`, {
    rawBody: JSON.stringify({ externalId: lastName, lastName }),
    headers: { authorization: `Bearer ${inboundKey}` },
  });
  expect(sent.status).toBe(200);
  return get<Lead>(`/leads/${(sent.body as { leadId: string }).leadId}`);
};
const INBOUND = 'inbound_api';
const inbound = (s: LeadStats) => {
  const row = s.conversions.bySource.find((r) => r.source === INBOUND);
  return { total: row?.total ?? 0, qualified: row?.qualified ?? 0 };
};
const counted = (s: LeadStats, status: string) =>
  s.statistics.byStatusAndSource.find((row) => row.status === status && row.source === INBOUND)
    ?.count ?? 0;

describe('lead views over HTTP', () => {
  it('counts an arriving lead, then its qualification, in conversions and statistics', async () => {
    const before = await stats();
    const lead = await newPoolLead('Arrives today');
    const arrived = await stats();
    expect(inbound(arrived)).toEqual({
      total: inbound(before).total + 1,
      qualified: inbound(before).qualified,
    });
    expect(counted(arrived, 'new')).toBe(counted(before, 'new') + 1);
    const claimed = await t.request('POST', `/leads/${lead.id}/claim`, {
      token: elodie,
      headers: { 'if-match': `"${lead.version}"` },
    });
    expect(claimed.status).toBe(200);
    const qualified = await t.request('POST', `/leads/${lead.id}/qualify`, {
      token: elodie,
      headers: { 'if-match': `"${lead.version + 1}"` },
      body: { contact: {} },
    });
    expect(qualified.status).toBe(200);
    const after = await stats();
    expect(inbound(after)).toEqual({
      total: inbound(before).total + 1,
      qualified: inbound(before).qualified + 1,
    });
    expect(counted(after, 'new')).toBe(counted(before, 'new'));
    expect(counted(after, 'qualified')).toBe(counted(before, 'qualified') + 1);
    expect(after.statistics.touched).toBe(before.statistics.touched + 1);
    expect(after.statistics.medianFirstTouch).toBeDefined();
  });

  it('shows a new lead in the free pool, untouched and incoming today until someone claims it', async () => {
    const lead = await newPoolLead('Waiting in the pool');
    expect(await inView('free_pool', lead.id)).toBe(true);
    expect(await inView('untouched', lead.id)).toBe(true);
    expect(await inView('open', lead.id)).toBe(true);
    expect(await inView('incoming_today', lead.id, '&timeZone=Pacific%2FKiritimati')).toBe(true);
    expect(await inView('incoming_today', lead.id, '&timeZone=Pacific%2FPago_Pago')).toBe(true);
    const claimed = await t.request('POST', `/leads/${lead.id}/claim`, {
      token: elodie,
      headers: { 'if-match': `"${lead.version}"` },
    });
    expect(claimed.status).toBe(200);
    expect((claimed.body as Lead).firstTouchedAt).toBeDefined();
    expect(await inView('free_pool', lead.id)).toBe(false);
    expect(await inView('untouched', lead.id)).toBe(false);
    expect(await inView('open', lead.id)).toBe(true);
    const disqualified = await t.request('POST', `/leads/${lead.id}/disqualify`, {
      token: elodie,
      headers: { 'if-match': `"${lead.version + 1}"` },
      body: { reason: 'No budget' },
    });
    expect(disqualified.status).toBe(200);
    expect(await inView('open', lead.id)).toBe(false);
  });

  it("counts an arrival in this hour of today's intraday figures", async () => {
    const path = `/spaces/${france}/lead-intraday?timeZone=UTC`;
    const before = await get<LeadIntraday>(path);
    const lead = await newPoolLead('Intraday arrival');
    const after = await get<LeadIntraday>(path);
    expect(after.hours).toHaveLength(24);
    expect(after.arrivals).toBe(before.arrivals + 1);
    const changed = after.hours.filter((h, i) => h.arrivals !== before.hours[i]!.arrivals);
    expect(changed.map((h) => h.hour)).toEqual([new Date(lead.createdAt).getUTCHours()]);
  });

  it('answers split control with totals that add up', async () => {
    const control = await get<SplitControl>(`/spaces/${france}/split-control`);
    expect(control.totals.basisPoints).toBe(
      control.users.reduce((total, user) => total + user.basisPoints, 0),
    );
  });

  it('refuses a bad period, an unknown time zone or view, a space not mine and a partner', async () => {
    const status = async (path: string) => (await t.request('GET', path, { token: elodie })).status;
    const backwards = await t.request(
      'GET',
      `/spaces/${france}/lead-stats?from=2026-05-02&to=2026-05-01`,
      { token: elodie },
    );
    expect(backwards.status).toBe(400);
    expect((backwards.body as Problem).errors?.[0]?.path).toBe('from');
    expect(await status(`/spaces/${france}/lead-stats?from=2024-01-01&to=2026-01-01`)).toBe(400);
    expect(await status(`/spaces/${france}/lead-stats?from=2026-02-30`)).toBe(400);
    expect(await status(`/spaces/${france}/lead-intraday?timeZone=Mars%2FOlympus`)).toBe(400);
    expect(await status(`/leads?spaceId=${france}&view=hot`)).toBe(400);
    expect(await status(`/spaces/${dach}/lead-stats`)).toBe(404);
    expect(await status(`/spaces/${dach}/split-control`)).toBe(404);
    // A partner user sees only part of the space: its figures would tell of the rest.
    const partner = await t.tokenFor(demoUser('Marc Lefort').id);
    const asPartner = await t.request('GET', `/spaces/${france}/lead-stats`, { token: partner });
    expect(asPartner.status).toBe(404);
  });
});
