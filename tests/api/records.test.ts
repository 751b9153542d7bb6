import type { Account, Contact, Lead } from '@channel-crm/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS, demoUser } from '../support/demo-data';
import { startTestApp, type TestApp } from '../support/test-app';

type Page<T> = { items: T[]; continuation?: string };
type Problem = { errors?: { path: string; reason: string }[] };

let t: TestApp;
let seller: string;
let colleague: string;
let outsider: string;
const france = DEMO_TENANTS[0]!.spaces[0]!.id;
const elodie = demoUser('Élodie Martin');

beforeAll(async () => {
  t = await startTestApp();
  seller = await t.tokenFor(elodie.id);
  colleague = await t.tokenFor(demoUser('Ioana Popescu').id);
  outsider = await t.tokenFor(demoUser('Lukas Schmidt').id);
});
afterAll(() => t.dispose());

const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

async function newLead(body: Record<string, unknown> = {}): Promise<Lead> {
  const reply = await t.request('POST', '/leads', {
    token: seller,
    body: {
      spaceId: france,
      firstName: 'Grzegorz',
      lastName: 'Brzęczyszczykiewicz',
      email: 'g.b@przyklad.pl',
      company: 'Łódzkie Tekstylia',
      ...body,
    },
  });
  expect(reply.status).toBe(201);
  return reply.body as Lead;
}

describe('spaces', () => {
  it('lists mine, reads one of mine and hides the others', async () => {
    const mine = await t.request('GET', '/spaces', { token: seller });
    expect((mine.body as Page<{ name: string }>).items.map((s) => s.name)).toEqual([
      'Ventes France',
    ]);
    expect((await t.request('GET', `/spaces/${france}`, { token: seller })).status).toBe(200);
    const dach = DEMO_TENANTS[0]!.spaces[1]!.id;
    expect((await t.request('GET', `/spaces/${dach}`, { token: seller })).status).toBe(404);
  });

  it('creates a space', async () => {
    const reply = await t.request('POST', '/spaces', { token: seller, body: { name: 'Benelux' } });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ name: 'Benelux' });
  });
});

describe('leads', () => {
  it('lists a page of 50 with a continuation that pages on without repeats', async () => {
    const first = (await t.request('GET', `/leads?spaceId=${france}&limit=50`, { token: seller }))
      .body as Page<Lead>;
    expect(first.items).toHaveLength(50);
    expect(first.continuation).toBeTruthy();
    const next = await t.request(
      'GET',
      `/leads?spaceId=${france}&limit=50&continuation=${encodeURIComponent(first.continuation!)}`,
      { token: seller },
    );
    const second = next.body as Page<Lead>;
    const ids = new Set(first.items.map((l) => l.id));
    expect(second.items.length).toBeGreaterThan(0);
    expect(second.items.some((l) => ids.has(l.id))).toBe(false);
    expect(second.items.every((l) => l.spaceId === france)).toBe(true);
  });

  it('filters by status and finds by accent-free text', async () => {
    await newLead({ lastName: 'Ștefănescu-Müller' });
    const found = await t.request('GET', '/leads?text=stefanescu-muller', { token: seller });
    expect((found.body as Page<Lead>).items.map((l) => l.lastName)).toContain('Ștefănescu-Müller');
    const working = (await t.request('GET', '/leads?status=working&limit=100', { token: seller }))
      .body as Page<Lead>;
    expect(working.items.length).toBeGreaterThan(0);
    expect(working.items.every((l) => l.status === 'working')).toBe(true);
    const bad = await t.request('GET', '/leads?status=hot&limit=0', { token: seller });
    expect(bad.status).toBe(400);
    expect((bad.body as Problem).errors!.map((e) => e.path).sort()).toEqual([
      'query.limit',
      'query.status',
    ]);
  });

  it('edits with If-Match and refuses a colleague who does not own it', async () => {
    const lead = await newLead();
    const edited = await t.request('PATCH', `/leads/${lead.id}`, {
      token: seller,
      body: { jobTitle: 'CFO' },
      headers: ifMatch(1),
    });
    expect(edited.status).toBe(200);
    expect(edited.headers.get('etag')).toBe('"2"');
    const colleagueEdit = await t.request('PATCH', `/leads/${lead.id}`, {
      token: colleague,
      body: { jobTitle: 'CEO' },
      headers: ifMatch(2),
    });
    expect(colleagueEdit.status).toBe(403);
    expect((await t.request('GET', `/leads/${lead.id}`, { token: outsider })).status).toBe(404);
  });

  it('disqualifies with a reason, archives and unarchives', async () => {
    const lead = await newLead();
    const noReason = await t.request('POST', `/leads/${lead.id}/disqualify`, {
      token: seller,
      body: { reason: ' ' },
      headers: ifMatch(1),
    });
    expect(noReason.status).toBe(400);
    const dq = await t.request('POST', `/leads/${lead.id}/disqualify`, {
      token: seller,
      body: { reason: 'No budget' },
      headers: ifMatch(1),
    });
    expect(dq.body).toMatchObject({ status: 'disqualified', disqualifyReason: 'No budget' });
    const archived = await t.request('POST', `/leads/${lead.id}/archive`, {
      token: seller,
      headers: ifMatch(2),
    });
    expect(archived.body).toMatchObject({ archived: true });
    const unarchived = await t.request('POST', `/leads/${lead.id}/unarchive`, {
      token: seller,
      headers: ifMatch(3),
    });
    expect(unarchived.body).toMatchObject({ archived: false });
  });

  it('qualifies into a contact, an account and an opportunity, refusing an archived lead', async () => {
    const lead = await newLead();
    const reply = await t.request('POST', `/leads/${lead.id}/qualify`, {
      token: seller,
      body: { contact: {}, account: {}, opportunity: { name: 'Tekstylia – pilot' } },
      headers: ifMatch(1),
    });
    expect(reply.status).toBe(200);
    const q = reply.body as {
      lead: Lead;
      contact: Contact;
      account: Account;
      opportunity: { id: string };
    };
    expect(q.lead.status).toBe('qualified');
    expect(q.contact.lastName).toBe('Brzęczyszczykiewicz');
    expect(
      (await t.request('GET', `/opportunities/${q.opportunity.id}`, { token: seller })).status,
    ).toBe(200);

    const archived = await newLead();
    await t.request('POST', `/leads/${archived.id}/archive`, {
      token: seller,
      headers: ifMatch(1),
    });
    const refused = await t.request('POST', `/leads/${archived.id}/qualify`, {
      token: seller,
      body: { contact: {} },
      headers: ifMatch(2),
    });
    expect(refused.status).toBe(422);
    const nothingChosen = await t.request('POST', `/leads/${lead.id}/qualify`, {
      token: seller,
      body: {},
      headers: ifMatch(2),
    });
    expect(nothingChosen.status).toBe(400);
  });

  it('anonymizes: personal data is gone from the record', async () => {
    const lead = await newLead({ lastName: 'Kowalski', email: 'jan.kowalski@przyklad.pl' });
    const reply = await t.request('POST', `/leads/${lead.id}/anonymize`, {
      token: seller,
      headers: ifMatch(1),
    });
    expect(reply.status).toBe(200);
    const read = await t.request('GET', `/leads/${lead.id}`, { token: seller });
    expect(JSON.stringify(read.body)).not.toContain('kowalski');
    expect(read.body).toHaveProperty('anonymizedAt');
  });

  it('subscribers, follow/unfollow and notes on a lead', async () => {
    const lead = await newLead();
    const followed = await t.request('POST', `/leads/${lead.id}/follow`, {
      token: colleague,
      headers: ifMatch(1),
    });
    expect(followed.status).toBe(200);
    expect((followed.body as Lead).subscriberIds).toContain(demoUser('Ioana Popescu').id);
    const unfollowed = await t.request('DELETE', `/leads/${lead.id}/follow`, {
      token: colleague,
      headers: ifMatch(2),
    });
    expect((unfollowed.body as Lead).subscriberIds).toEqual([]);
    const note = await t.request('POST', `/leads/${lead.id}/notes`, {
      token: seller,
      body: { text: 'Rappeler jeudi' },
    });
    expect(note.status).toBe(201);
    const noteId = (note.body as { id: string }).id;
    const othersEdit = await t.request('PATCH', `/notes/${noteId}`, {
      token: colleague,
      body: { text: 'x' },
      headers: ifMatch(1),
    });
    expect([403, 404]).toContain(othersEdit.status);
    const edited = await t.request('PATCH', `/notes/${noteId}`, {
      token: seller,
      body: { text: 'Rappeler vendredi' },
      headers: ifMatch(1),
    });
    expect(edited.status).toBe(200);
    const timeline = await t.request('GET', `/leads/${lead.id}/timeline`, { token: seller });
    expect((timeline.body as Page<{ text?: string }>).items.map((e) => e.text)).toContain(
      'Rappeler vendredi',
    );
    const deleted = await t.request('DELETE', `/notes/${noteId}`, {
      token: seller,
      headers: ifMatch(2),
    });
    expect(deleted.status).toBe(200);
  });
});

describe('accounts and contacts', () => {
  it('creates, reads, edits and lists an account; a private one stays its creator’s', async () => {
    const created = await t.request('POST', '/accounts', {
      token: seller,
      body: { name: 'Weiß & Söhne GmbH', spaceIds: [france], private: true },
    });
    expect(created.status).toBe(201);
    const account = created.body as Account;
    const edited = await t.request('PATCH', `/accounts/${account.id}`, {
      token: seller,
      body: { industry: 'Retail' },
      headers: ifMatch(1),
    });
    expect(edited.body).toMatchObject({ industry: 'Retail', version: 2 });
    expect((await t.request('GET', `/accounts/${account.id}`, { token: colleague })).status).toBe(
      404,
    );
    const admin = await t.tokenFor(demoUser('Claire Dubois').id);
    expect((await t.request('GET', `/accounts/${account.id}`, { token: admin })).status).toBe(404);
    const listed = (await t.request('GET', '/accounts?text=weiss', { token: seller }))
      .body as Page<Account>;
    expect(listed.items.map((a) => a.id)).toContain(account.id);
  });

  it('creates, edits, lists and anonymizes a contact', async () => {
    const created = await t.request('POST', '/contacts', {
      token: seller,
      body: {
        firstName: 'Răzvan',
        lastName: 'Țurcanu',
        email: 'razvan@exemplu.ro',
        spaceIds: [france],
      },
    });
    expect(created.status).toBe(201);
    const contact = created.body as Contact;
    const edited = await t.request('PATCH', `/contacts/${contact.id}`, {
      token: seller,
      body: { champion: true },
      headers: ifMatch(1),
    });
    expect(edited.body).toMatchObject({ champion: true });
    const listed = (await t.request('GET', '/contacts?text=turcanu', { token: seller }))
      .body as Page<Contact>;
    expect(listed.items.map((c) => c.id)).toContain(contact.id);
    const erased = await t.request('POST', `/contacts/${contact.id}/anonymize`, {
      token: seller,
      headers: ifMatch(2),
    });
    expect(erased.status).toBe(200);
    expect(JSON.stringify(erased.body)).not.toContain('razvan');
  });

  it("clears a contact's account with null: the contact leaves the account's contacts", async () => {
    const company = await t.request('POST', '/accounts', {
      token: seller,
      body: { name: 'Brasov Tractors', spaceIds: [france] },
    });
    const account = company.body as Account;
    const created = await t.request('POST', '/contacts', {
      token: seller,
      body: { lastName: 'Leavesco', accountId: account.id, spaceIds: [france] },
    });
    const contact = created.body as Contact;
    expect(contact.accountId).toBe(account.id);
    const ofAccount = async () =>
      (
        (await t.request('GET', `/contacts?accountId=${account.id}`, { token: seller }))
          .body as Page<Contact>
      ).items.map((c) => c.id);
    expect(await ofAccount()).toEqual([contact.id]);

    const cleared = await t.request('PATCH', `/contacts/${contact.id}`, {
      token: seller,
      body: { accountId: null },
      headers: ifMatch(contact.version),
    });
    expect(cleared.status).toBe(200);
    expect(cleared.body).not.toHaveProperty('accountId');
    expect(cleared.body).toMatchObject({ lastName: 'Leavesco', version: contact.version + 1 });
    const read = await t.request('GET', `/contacts/${contact.id}`, { token: seller });
    expect(read.body).not.toHaveProperty('accountId');
    expect(await ofAccount()).toEqual([]);

    const kept = await t.request('PATCH', `/contacts/${contact.id}`, {
      token: seller,
      body: { jobTitle: 'Buyer' },
      headers: ifMatch(contact.version + 1),
    });
    expect(kept.body).not.toHaveProperty('accountId');
  });
});
