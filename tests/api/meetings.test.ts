import { observeRoundTrips } from '@channel-crm/api/local';
import { createGraphMeetingDirectory } from '@channel-crm/bot';
import { getMeetingDeals } from '@channel-crm/domain/contracts';
import type { MeetingDeals, TimelineEntry } from '@channel-crm/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS, demoUser } from '../support/demo-data';
import { fakeGraphToken, startGraphFake, type GraphFake } from '../support/graph-fake';
import { startTestApp, type TestApp } from '../support/test-app';

type Problem = { errors?: { path: string; reason: string }[] };
type Created = { id: string };

const tenant = DEMO_TENANTS[0]!.id;
const france = DEMO_TENANTS[0]!.spaces[0]!.id;
const elodie = demoUser('Élodie Martin');
const ioana = demoUser('Ioana Popescu');
const lukas = demoUser('Lukas Schmidt');
const jonas = demoUser('Jonas Becker');
const katarzyna = demoUser('Katarzyna Wiśniewska');
const CHAT = '19:meeting_Q3ZkN2ItNzU5Yi00YTc4LWI2NTktNWQ2@thread.v2';

let graph: GraphFake;
let t: TestApp;
const tokens: Record<string, string> = {};
let openDeal: Created;

const as = (name: string) => ({ token: tokens[name]! });
const create = async (name: string, path: string, body: object) => {
  const reply = await t.request('POST', path, {
    ...as(name),
    body,
    headers: { 'idempotency-key': crypto.randomUUID() },
  });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body as Created;
};
const panel = (name: string, chatId = CHAT) =>
  t.request('GET', `/meetings/${encodeURIComponent(chatId)}/deals`, as(name));
const accountNames = (reply: { body: unknown }) =>
  (reply.body as MeetingDeals).accounts.map((a) => a.account.name).sort();

/** An account of France with a contact whose e-mail the meeting invites, and deals. */
async function customer(name: string, email: string, options: { private?: boolean } = {}) {
  const account = await create('elodie', '/accounts', {
    name,
    spaceIds: [france],
    ...(options.private ? { private: true } : {}),
  });
  await create('elodie', '/contacts', {
    lastName: name.split(' ')[0],
    email,
    accountId: account.id,
    spaceIds: [france],
  });
  const deal = await create('elodie', '/opportunities', {
    spaceId: france,
    name: `${name} rollout`,
    accountId: account.id,
  });
  return { account, deal };
}

beforeAll(async () => {
  graph = await startGraphFake({ chatFor: () => 'unused' });
  t = await startTestApp(undefined, {
    timers: false,
    meetings: createGraphMeetingDirectory({ graphUrl: graph.url, token: fakeGraphToken }),
  });
  for (const [name, user] of Object.entries({ elodie, ioana, lukas, jonas, katarzyna }))
    tokens[name] = await t.tokenFor(user.id);
  const nordlicht = await customer('Nordlicht Meeting SA', 'greta.vogel@nordlicht.example');
  openDeal = nordlicht.deal;
  const won = await create('elodie', '/opportunities', {
    spaceId: france,
    name: 'Nordlicht pilot',
    accountId: nordlicht.account.id,
  });
  const closed = await t.request('POST', `/opportunities/${won.id}/won`, {
    ...as('elodie'),
    body: { reason: 'Signed' },
    headers: { 'if-match': '"1"' },
  });
  expect(closed.status, JSON.stringify(closed.body)).toBe(200);
  await customer('Geheim Meeting SARL', 'paul.secret@geheim.example', { private: true });
  graph.meeting({
    tenantId: tenant,
    chatId: CHAT,
    topic: 'Nordlicht quarterly review',
    organizer: { userId: elodie.id, email: 'elodie@contoso.example' },
    members: [
      { userId: elodie.id, email: 'elodie@contoso.example', displayName: elodie.name },
      { userId: ioana.id, email: 'ioana@contoso.example', displayName: ioana.name },
      { userId: lukas.id, email: 'lukas@contoso.example', displayName: lukas.name },
      // A guest who joined the meeting chat.
      {
        userId: crypto.randomUUID(),
        email: 'Greta.Vogel@nordlicht.example',
        displayName: 'Greta Vogel (Guest)',
      },
    ],
    // Invited in the calendar, never in the chat.
    attendees: ['paul.secret@geheim.example'],
  });
}, 180_000);
afterAll(async () => {
  await t?.dispose();
  await graph?.close();
});

describe('GET /meetings/{chatId}/deals', () => {
  it('shows the organizer the open deals of the accounts the invitees are contacts of', async () => {
    const heard: number[] = [];
    const stop = observeRoundTrips((operationId, roundTrips) => {
      if (operationId === getMeetingDeals.name) heard.push(roundTrips);
    });
    const reply = await panel('elodie').finally(stop);
    // The invitees' key documents and contacts, their accounts, a page per account (two
    // here) and the deals' account names.
    expect(heard).toEqual([6]);
    expect(heard[0]).toBeLessThanOrEqual(getMeetingDeals.roundTrips!);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const body = reply.body as MeetingDeals;
    expect(body.meeting).toEqual({ chatId: CHAT, title: 'Nordlicht quarterly review' });
    expect(body.inviteesPartial).toBe(false);
    expect(accountNames(reply)).toEqual(['Geheim Meeting SARL', 'Nordlicht Meeting SA']);
    const nordlicht = body.accounts.find((a) => a.account.name === 'Nordlicht Meeting SA')!;
    // The won pilot is closed: only the open rollout shows.
    expect(nordlicht.opportunities.map((o) => o.name)).toEqual(['Nordlicht Meeting SA rollout']);
  });

  it('shows a colleague only what they may see: not the private account', async () => {
    const reply = await panel('ioana');
    expect(reply.status).toBe(200);
    expect(accountNames(reply)).toEqual(['Nordlicht Meeting SA']);
  });

  it('gives a member who sees none of the accounts an empty panel, and others not found', async () => {
    const outOfSpace = await panel('lukas');
    expect(outOfSpace.status).toBe(200);
    expect((outOfSpace.body as MeetingDeals).accounts).toEqual([]);
    expect((await panel('jonas')).status).toBe(404);
    expect((await panel('katarzyna')).status).toBe(404);
    expect(
      (await panel('elodie', '19:meeting_unknown@thread.v2')).status,
      'a chat Graph does not know',
    ).toBe(404);
  });

  it('refuses a chat id that is not one (400 at the field)', async () => {
    const reply = await panel('elodie', 'not a chat');
    expect(reply.status).toBe(400);
    expect((reply.body as Problem).errors!.map((e) => e.path)).toEqual(['params.chatId']);
  });
});

describe('a note written in the meeting', () => {
  it("lands on the deal's timeline tagged with the meeting", async () => {
    const meeting = { chatId: CHAT, title: 'Nordlicht quarterly review' };
    const note = await create('ioana', `/opportunities/${openDeal.id}/notes`, {
      text: 'Greta wants the rollout in two waves',
      meeting,
    });
    const timeline = await t.request('GET', `/opportunities/${openDeal.id}/timeline`, as('elodie'));
    const entry = (timeline.body as { items: TimelineEntry[] }).items.find((e) => e.id === note.id);
    expect(entry).toMatchObject({ text: 'Greta wants the rollout in two waves', meeting });
  });

  it('refuses a meeting tag without a chat id or a title (400 at each field)', async () => {
    const reply = await t.request('POST', `/opportunities/${openDeal.id}/notes`, {
      ...as('ioana'),
      body: { text: 'A note', meeting: { chatId: 'nope', title: '' } },
      headers: { 'idempotency-key': crypto.randomUUID() },
    });
    expect(reply.status).toBe(400);
    expect((reply.body as Problem).errors!.map((e) => e.path).sort()).toEqual([
      'meeting.chatId',
      'meeting.title',
    ]);
  });
});

describe('when the tenant has not granted the online meetings permission', () => {
  it('shows the deals of the chat members only, says so, and is not an error', async () => {
    graph.refuse(tenant, 'onlineMeetings');
    const reply = await panel('elodie');
    expect(reply.status).toBe(200);
    expect((reply.body as MeetingDeals).inviteesPartial).toBe(true);
    expect(accountNames(reply)).toEqual(['Nordlicht Meeting SA']);
  });

  it('without the chat permissions either, shows an empty panel', async () => {
    graph.refuse(tenant, 'chat');
    graph.refuse(tenant, 'chatMembers');
    const reply = await panel('elodie');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ meeting: { chatId: CHAT }, inviteesPartial: true, accounts: [] });
  });
});
