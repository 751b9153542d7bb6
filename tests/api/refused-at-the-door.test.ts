import type { Account, Lead, Opportunity } from '@channel-crm/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS, demoUser } from '../support/demo-data';
import { startTestApp, type TestApp } from '../support/test-app';

type Problem = {
  code: string;
  params: Record<string, unknown>;
  errors?: { path: string; reason: string; code: string }[];
};
type Page<T> = { items: T[] };

let t: TestApp;
let seller: string;
const [france, dach] = DEMO_TENANTS[0]!.spaces.map((s) => s.id) as [string, string];
const elodie = demoUser('Élodie Martin');
const ioana = demoUser('Ioana Popescu');
/** A colleague of the same tenant who is not a member of the France space. */
const lukas = demoUser('Lukas Schmidt');

beforeAll(async () => {
  t = await startTestApp();
  seller = await t.tokenFor(elodie.id);
});
afterAll(() => t.dispose());

const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

async function created<T>(path: string, body: Record<string, unknown>): Promise<T> {
  const reply = await t.request('POST', path, { token: seller, body });
  expect(reply.status).toBe(201);
  return reply.body as T;
}

const read = async <T>(path: string) => (await t.request('GET', path, { token: seller })).body as T;

const found = async (path: string, text: string) =>
  (await read<Page<unknown>>(`${path}?text=${encodeURIComponent(text)}`)).items.length;

function expectRefusedOwner(reply: { status: number; body: unknown }, userId: string) {
  expect(reply.status).toBe(422);
  expect(reply.body).toMatchObject({ code: 'user_not_in_space', params: { user: userId } });
}

function expectBadField(reply: { status: number; body: unknown }, path: string, code: string) {
  expect(reply.status).toBe(400);
  expect((reply.body as Problem).errors).toContainEqual(
    expect.objectContaining({ path, code, reason: expect.any(String) }),
  );
}

describe('people who are not members of the record’s space', () => {
  it('refuses a new lead owned by an unknown user or a colleague of another space', async () => {
    for (const ownerId of ['someone-else-entirely', lukas.id]) {
      const reply = await t.request('POST', '/leads', {
        token: seller,
        body: { spaceId: france, lastName: 'Outsiderowned', ownerId },
      });
      expectRefusedOwner(reply, ownerId);
    }
    expect(await found('/leads', 'Outsiderowned')).toBe(0);
    const lead = await created<Lead>('/leads', {
      spaceId: france,
      lastName: 'Memberowned',
      ownerId: ioana.id,
    });
    expect(lead.ownerId).toBe(ioana.id);
  });

  it('refuses to hand a lead to a non-member, and changes nothing', async () => {
    const lead = await created<Lead>('/leads', { spaceId: france, lastName: 'Keptowner' });
    const reply = await t.request('PATCH', `/leads/${lead.id}`, {
      token: seller,
      headers: ifMatch(lead.version),
      body: { ownerId: lukas.id },
    });
    expectRefusedOwner(reply, lukas.id);
    expect(await read<Lead>(`/leads/${lead.id}`)).toMatchObject({
      ownerId: elodie.id,
      version: lead.version,
    });
  });

  it('refuses a deal created for or handed to a non-member', async () => {
    const refused = await t.request('POST', '/opportunities', {
      token: seller,
      body: { spaceId: france, name: 'Outsider deal', ownerId: lukas.id },
    });
    expectRefusedOwner(refused, lukas.id);
    expect(await found('/opportunities', 'Outsider deal')).toBe(0);

    const deal = await created<Opportunity>('/opportunities', {
      spaceId: france,
      name: 'Kept deal',
    });
    const handed = await t.request('PATCH', `/opportunities/${deal.id}`, {
      token: seller,
      headers: ifMatch(deal.version),
      body: { ownerId: 'someone-else-entirely' },
    });
    expectRefusedOwner(handed, 'someone-else-entirely');
    expect(await read<Opportunity>(`/opportunities/${deal.id}`)).toMatchObject({
      ownerId: elodie.id,
      version: deal.version,
    });
  });

  it('refuses a co-owner who is not a member, and keeps the members added', async () => {
    const deal = await created<Opportunity>('/opportunities', { spaceId: france, name: 'Shared' });
    const refused = await t.request('PATCH', `/opportunities/${deal.id}`, {
      token: seller,
      headers: ifMatch(deal.version),
      body: { coOwnerIds: [ioana.id, lukas.id] },
    });
    expectRefusedOwner(refused, lukas.id);
    expect(await read<Opportunity>(`/opportunities/${deal.id}`)).toMatchObject({
      coOwnerIds: [],
      version: deal.version,
    });
    const shared = await t.request('PATCH', `/opportunities/${deal.id}`, {
      token: seller,
      headers: ifMatch(deal.version),
      body: { coOwnerIds: [ioana.id] },
    });
    expect(shared.status).toBe(200);
    expect(shared.body).toMatchObject({ coOwnerIds: [ioana.id] });
  });

  it('refuses to move a deal to a space its owner or a co-owner is not a member of', async () => {
    const asIoana = await t.tokenFor(ioana.id);
    const moveTo = (deal: Opportunity, token: string) =>
      t.request('POST', `/opportunities/${deal.id}/move-to-space`, {
        token,
        headers: ifMatch(deal.version),
        body: { spaceId: dach },
      });
    const fresh = await t.request('POST', '/opportunities', {
      token: asIoana,
      body: { spaceId: france, name: 'Shared move' },
    });
    const shared = await t.request('PATCH', `/opportunities/${(fresh.body as Opportunity).id}`, {
      token: asIoana,
      headers: ifMatch(1),
      body: { coOwnerIds: [elodie.id] },
    });
    const deal = shared.body as Opportunity;
    expectRefusedOwner(await moveTo(deal, asIoana), elodie.id);
    expect(await read<Opportunity>(`/opportunities/${deal.id}`)).toMatchObject({
      spaceId: france,
      version: deal.version,
    });

    const owned = await created<Opportunity>('/opportunities', {
      spaceId: france,
      name: 'Owned move',
    });
    const manager = await t.tokenFor(demoUser('Jonas Becker').id);
    expectRefusedOwner(await moveTo(owned, manager), elodie.id);

    const solo = await t.request('PATCH', `/opportunities/${deal.id}`, {
      token: asIoana,
      headers: ifMatch(deal.version),
      body: { coOwnerIds: [] },
    });
    const moved = await moveTo(solo.body as Opportunity, asIoana);
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ spaceId: dach });
  });

  it('refuses a subscriber who is not a member, on a lead and on a deal', async () => {
    const lead = await created<Lead>('/leads', { spaceId: france, lastName: 'Quietlead' });
    const deal = await created<Opportunity>('/opportunities', { spaceId: france, name: 'Quiet' });
    for (const path of [`/leads/${lead.id}`, `/opportunities/${deal.id}`]) {
      const reply = await t.request('POST', `${path}/subscribers`, {
        token: seller,
        headers: ifMatch(1),
        body: { userId: lukas.id },
      });
      expectRefusedOwner(reply, lukas.id);
      expect(await read<Lead | Opportunity>(path)).toMatchObject({ subscriberIds: [], version: 1 });
    }
  });
});

describe('names with characters nobody types', () => {
  it('refuses control characters and lone surrogates in a lead, with the field and reason', async () => {
    const nul = await t.request('POST', '/leads', {
      token: seller,
      body: { spaceId: france, lastName: 'Null\u0000byte' },
    });
    expectBadField(nul, 'lastName', 'field.control_characters');
    const broken = await t.request('POST', '/leads', {
      token: seller,
      body: { spaceId: france, lastName: 'Halfpair', firstName: 'Ann\ud800' },
    });
    expectBadField(broken, 'firstName', 'field.lone_surrogate');
    expect(await found('/leads', 'Halfpair')).toBe(0);
  });

  it('refuses a renamed deal or account with a control character, and changes nothing', async () => {
    const deal = await created<Opportunity>('/opportunities', { spaceId: france, name: 'Clean' });
    const renamed = await t.request('PATCH', `/opportunities/${deal.id}`, {
      token: seller,
      headers: ifMatch(deal.version),
      body: { name: 'Bell\u0007deal' },
    });
    expectBadField(renamed, 'name', 'field.control_characters');
    expect(await read<Opportunity>(`/opportunities/${deal.id}`)).toMatchObject({
      name: 'Clean',
      version: deal.version,
    });

    const account = await t.request('POST', '/accounts', {
      token: seller,
      body: { name: 'Escape\u001b[31mCorp', spaceIds: [france] },
    });
    expectBadField(account, 'name', 'field.control_characters');
  });

  it('keeps names with accents, emoji and other scripts', async () => {
    const lead = await created<Lead>('/leads', {
      spaceId: france,
      firstName: 'Zoë 😀',
      lastName: 'Ngữ Łącki',
      company: '株式会社',
    });
    expect(lead).toMatchObject({ firstName: 'Zoë 😀', lastName: 'Ngữ Łącki', company: '株式会社' });
  });
});

describe('websites', () => {
  it('refuses a website that is not http or https, on a lead and an account', async () => {
    const lead = await t.request('POST', '/leads', {
      token: seller,
      body: { spaceId: france, lastName: 'Scripted', website: 'javascript:alert(1)' },
    });
    expectBadField(lead, 'website', 'field.web_url');
    expect(await found('/leads', 'Scripted')).toBe(0);

    const account = await created<Account>('/accounts', {
      name: 'Linked Ltd',
      website: 'https://linked.example',
      spaceIds: [france],
    });
    for (const website of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://linked']) {
      const reply = await t.request('PATCH', `/accounts/${account.id}`, {
        token: seller,
        headers: ifMatch(account.version),
        body: { website },
      });
      expectBadField(reply, 'website', 'field.web_url');
    }
    expect(await read<Account>(`/accounts/${account.id}`)).toMatchObject({
      website: 'https://linked.example',
      version: account.version,
    });
  });
});
