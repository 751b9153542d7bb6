import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS, demoUser } from '../support/demo-data';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let elodie: string;
let jonas: string;
let otherTenant: string;
const tenantId = DEMO_TENANTS[0]!.id;
const france = DEMO_TENANTS[0]!.spaces.find((s) => s.name === 'Ventes France')!.id;

type Opportunity = {
  id: string;
  name: string;
  accountIds: string[];
  primaryAccountId?: string;
  accountName?: string;
};
type Contact = { id: string; accountId?: string };
type Account = { id: string; name: string };
type Board = { columns: { opportunities: Opportunity[] }[] };

beforeAll(async () => {
  t = await startTestApp();
  elodie = await t.tokenFor(demoUser('Élodie Martin').id);
  jonas = await t.tokenFor(demoUser('Jonas Becker').id);
  otherTenant = await t.tokenFor(demoUser('Katarzyna Wiśniewska').id);
});
afterAll(() => t.dispose());

const items = async <T>(path: string, token: string) => {
  const reply = await t.request('GET', path, { token });
  expect(reply.status).toBe(200);
  return (reply.body as { items: T[] }).items;
};

describe('an account page reads its own contacts and deals', () => {
  it('filters contacts and opportunities by account on the server', async () => {
    const [opportunity] = await items<Opportunity>(
      `/opportunities?spaceId=${france}&limit=1`,
      elodie,
    );
    const accountId = opportunity!.primaryAccountId!;
    const opportunities = await items<Opportunity>(
      `/opportunities?accountId=${accountId}&limit=100`,
      elodie,
    );
    expect(opportunities.map((d) => d.id)).toContain(opportunity!.id);
    expect(opportunities.every((d) => d.accountIds.includes(accountId))).toBe(true);
    const contacts = await items<Contact>(`/contacts?accountId=${accountId}&limit=100`, elodie);
    expect(contacts.length).toBeGreaterThan(0);
    expect(contacts.every((c) => c.accountId === accountId)).toBe(true);
    const all = await items<Contact>(`/contacts?spaceId=${france}&limit=100`, elodie);
    expect(all.length).toBeGreaterThan(contacts.length);
  });

  it('finds nothing of another tenant by its account id, and checks the id (400)', async () => {
    const [opportunity] = await items<Opportunity>(
      `/opportunities?spaceId=${france}&limit=1`,
      elodie,
    );
    const path = `/opportunities?accountId=${opportunity!.primaryAccountId}`;
    expect(await items<Opportunity>(path, otherTenant)).toEqual([]);
    expect((await t.request('GET', '/contacts?accountId=x', { token: elodie })).status).toBe(400);
  });
});

describe('deals carry the name of their primary account', () => {
  it('on lists and on the board', async () => {
    const opportunities = await items<Opportunity>(
      `/opportunities?spaceId=${france}&limit=20`,
      elodie,
    );
    const accounts = await items<Account>(`/accounts?spaceId=${france}&limit=100`, elodie);
    const names = new Map(accounts.map((a) => [a.id, a.name]));
    for (const opportunity of opportunities)
      expect(opportunity.accountName).toBe(names.get(opportunity.primaryAccountId!));
    const [pipeline] = await t.app.store!.pipelines.listForSpace(tenantId, france);
    const board = (await t.request('GET', `/pipelines/${pipeline!.id}/board`, { token: elodie }))
      .body as Board;
    const onBoard = board.columns.flatMap((c) => c.opportunities);
    expect(onBoard.length).toBeGreaterThan(0);
    expect(onBoard.every((d) => d.accountName === names.get(d.primaryAccountId!))).toBe(true);
  });

  it('but not the name of a private account the viewer may not see', async () => {
    const account = await t.request('POST', '/accounts', {
      token: elodie,
      body: { name: 'Secret Holding', spaceIds: [france], private: true },
    });
    expect(account.status).toBe(201);
    const accountId = (account.body as Account).id;
    const created = await t.request('POST', '/opportunities', {
      token: elodie,
      body: { name: 'Hidden-name deal', spaceId: france, accountId },
    });
    expect(created.status).toBe(201);
    const find = (token: string) =>
      items<Opportunity>(`/opportunities?spaceId=${france}&text=hidden-name`, token);
    expect((await find(elodie))[0]?.accountName).toBe('Secret Holding');
    const seenByJonas = await find(jonas);
    expect(seenByJonas).toHaveLength(1);
    expect(seenByJonas[0]!.accountName).toBeUndefined();
    const [pipeline] = await t.app.store!.pipelines.listForSpace(tenantId, france);
    const board = (await t.request('GET', `/pipelines/${pipeline!.id}/board`, { token: jonas }))
      .body as Board;
    const onBoard = board.columns
      .flatMap((c) => c.opportunities)
      .find((d) => d.accountIds.includes(accountId));
    expect(onBoard).toBeDefined();
    expect(onBoard!.accountName).toBeUndefined();
  });
});
