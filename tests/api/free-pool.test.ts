import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS, demoUser } from '../support/demo-data';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let elodie: string;
let ioana: string;
let lukas: string;
let partner: string;
let jonas: string;
const elodieId = demoUser('Élodie Martin').id;
const france = DEMO_TENANTS[0]!.spaces.find((s) => s.name === 'Ventes France')!.id;

type Lead = {
  id: string;
  ownerId?: string;
  claimedBy?: string;
  claimedAt?: string;
  firstTouchedAt?: string;
  version: number;
  spaceId: string;
};
type Problem = { status: number; detail: string };

beforeAll(async () => {
  t = await startTestApp();
  elodie = await t.tokenFor(elodieId);
  ioana = await t.tokenFor(demoUser('Ioana Popescu').id);
  lukas = await t.tokenFor(demoUser('Lukas Schmidt').id);
  partner = await t.tokenFor(demoUser('Marc Lefort').id);
  jonas = await t.tokenFor(demoUser('Jonas Becker').id);
});
afterAll(() => t.dispose());

const pool = async (token: string) => {
  const reply = await t.request('GET', `/leads?spaceId=${france}&unassigned=true&limit=100`, {
    token,
  });
  expect(reply.status).toBe(200);
  return (reply.body as { items: Lead[] }).items;
};
const claim = (lead: Lead, token: string, version = lead.version) =>
  t.request('POST', `/leads/${lead.id}/claim`, {
    token,
    headers: { 'if-match': `"${version}"` },
  });

describe('the free pool of unassigned leads', () => {
  it('lists only leads nobody owns, to every member of their space', async () => {
    const leads = await pool(elodie);
    expect(leads.length).toBeGreaterThanOrEqual(5);
    expect(leads.every((l) => l.ownerId === undefined && l.spaceId === france)).toBe(true);
    expect((await pool(ioana)).map((l) => l.id).sort()).toEqual(leads.map((l) => l.id).sort());
    expect(await pool(partner)).toEqual([]);
  });

  it('claiming makes the lead mine: out of the pool, into my leads, with history', async () => {
    const [lead] = await pool(elodie);
    const reply = await claim(lead!, elodie);
    expect(reply.status).toBe(200);
    expect((reply.body as Lead).ownerId).toBe(elodieId);
    expect(reply.headers.get('etag')).toBe(`"${lead!.version + 1}"`);
    expect((await pool(elodie)).map((l) => l.id)).not.toContain(lead!.id);
    const mine = await t.request('GET', `/leads?ownerId=${elodieId}&limit=100`, { token: elodie });
    expect((mine.body as { items: Lead[] }).items.map((l) => l.id)).toContain(lead!.id);
    const history = await t.request('GET', `/leads/${lead!.id}/timeline`, { token: elodie });
    expect(JSON.stringify(history.body)).toContain('lead.assigned');
    // A double click answers the lead again and writes nothing.
    const again = await claim(lead!, elodie);
    expect(again.status).toBe(200);
    expect((again.body as Lead).version).toBe(lead!.version + 1);
  });

  it('tells the second claimer someone else was first (422), also when both claim at once', async () => {
    const [first, second] = await pool(elodie);
    expect((await claim(first!, ioana)).status).toBe(200);
    const late = await claim(first!, elodie);
    expect(late.status).toBe(422);
    expect((late.body as Problem).detail).toMatch(/someone else claimed this lead first/i);

    const replies = await Promise.all([claim(second!, elodie), claim(second!, ioana)]);
    expect(replies.map((r) => r.status).sort()).toEqual([200, 422]);
    const stored = await t.request('GET', `/leads/${second!.id}`, { token: jonas });
    const winner = replies.find((r) => r.status === 200)!.body as Lead;
    expect((stored.body as Lead).ownerId).toBe(winner.ownerId);
    expect((stored.body as Lead).version).toBe(second!.version + 1);
  });

  it('hides the pool from non-members (404) and requires If-Match (428)', async () => {
    const [lead] = await pool(elodie);
    expect((await claim(lead!, lukas)).status).toBe(404);
    expect((await claim(lead!, partner)).status).toBe(404);
    const bare = await t.request('POST', `/leads/${lead!.id}/claim`, { token: elodie });
    expect(bare.status).toBe(428);
    const stored = await t.request('GET', `/leads/${lead!.id}`, { token: elodie });
    expect((stored.body as Lead).ownerId).toBeUndefined();
  });

  it('an unassigned lead is not editable by a seller until claimed', async () => {
    const [lead] = await pool(elodie);
    const edit = await t.request('PATCH', `/leads/${lead!.id}`, {
      token: elodie,
      headers: { 'if-match': `"${lead!.version}"` },
      body: { company: 'Taken over' },
    });
    expect(edit.status).toBe(403);
  });

  it('claiming a lead assigned to me accepts it: claimed and touched, once; a colleague is refused', async () => {
    const created = await t.request('POST', '/leads', {
      token: jonas,
      body: { spaceId: france, lastName: 'Assigned to Élodie', ownerId: elodieId },
    });
    expect(created.status).toBe(201);
    const lead = created.body as Lead;
    expect(lead.claimedBy).toBeUndefined();
    expect((await claim(lead, ioana)).status).toBe(422);
    const reply = await claim(lead, elodie);
    expect(reply.status).toBe(200);
    const claimed = reply.body as Lead;
    expect(claimed).toMatchObject({ ownerId: elodieId, claimedBy: elodieId });
    expect(claimed.firstTouchedAt).toBe(claimed.claimedAt);
    const again = await claim(lead, elodie);
    expect(again.status).toBe(200);
    expect((again.body as Lead).version).toBe(claimed.version);
    const untouched = await t.request('GET', `/leads?spaceId=${france}&view=untouched&limit=100`, {
      token: elodie,
    });
    expect((untouched.body as { items: Lead[] }).items.map((l) => l.id)).not.toContain(lead.id);
  });
});
