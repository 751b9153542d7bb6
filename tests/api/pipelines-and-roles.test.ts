import type { Opportunity, Pipeline } from '@channel-crm/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS, demoUser } from '../support/demo-data';
import { startTestApp, type TestApp } from '../support/test-app';

type Board = {
  pipeline: Pipeline;
  columns: { stage: { id: string }; figures?: { count: number }; opportunities: Opportunity[] }[];
};

let t: TestApp;
let seller: string;
let manager: string;
const [france, dach] = DEMO_TENANTS[0]!.spaces.map((s) => s.id) as [string, string];
const ioana = demoUser('Ioana Popescu');
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });
const STAGES = [
  { name: 'Lead in', probability: 10, kind: 'open' },
  { name: 'Offer', probability: 50, kind: 'open' },
  { name: 'Won', probability: 100, kind: 'won' },
  { name: 'Lost', probability: 0, kind: 'lost' },
];

beforeAll(async () => {
  t = await startTestApp();
  seller = await t.tokenFor(ioana.id);
  manager = await t.tokenFor(demoUser('Jonas Becker').id);
});
afterAll(() => t.dispose());

async function newOpportunity(): Promise<Opportunity> {
  const reply = await t.request('POST', '/opportunities', {
    token: seller,
    body: {
      spaceId: france,
      name: 'Cluj Data – Hosting',
      amount: { amount: 500_000, currency: 'EUR' },
    },
  });
  expect(reply.status).toBe(201);
  return reply.body as Opportunity;
}

describe('pipelines and the board', () => {
  it('lists the space pipelines; a manager creates and edits one, a seller may not', async () => {
    const listed = await t.request('GET', `/spaces/${france}/pipelines`, { token: seller });
    expect((listed.body as { items: Pipeline[] }).items[0]!.isDefault).toBe(true);
    const refused = await t.request('POST', `/spaces/${france}/pipelines`, {
      token: seller,
      body: { name: 'Renewals', stages: STAGES },
    });
    expect(refused.status).toBe(403);
    const created = await t.request('POST', `/spaces/${france}/pipelines`, {
      token: manager,
      body: { name: 'Renewals', stages: STAGES },
    });
    expect(created.status).toBe(201);
    const pipeline = created.body as Pipeline;
    const edited = await t.request('PUT', `/pipelines/${pipeline.id}`, {
      token: manager,
      body: { name: 'Renouvellements', stages: pipeline.stages },
      headers: ifMatch(1),
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ name: 'Renouvellements', version: 2 });
    const invalid = await t.request('POST', `/spaces/${france}/pipelines`, {
      token: manager,
      body: { name: 'Too short', stages: STAGES.slice(0, 2) },
    });
    expect(invalid.status).toBe(400);
  });

  it('answers the board: one column per stage with figures and the first deals', async () => {
    const [pipeline] = (
      (await t.request('GET', `/spaces/${france}/pipelines`, { token: seller })).body as {
        items: Pipeline[];
      }
    ).items;
    const reply = await t.request('GET', `/pipelines/${pipeline!.id}/board?limit=5`, {
      token: seller,
    });
    expect(reply.status).toBe(200);
    const board = reply.body as Board;
    expect(board.columns.map((c) => c.stage.id)).toEqual(pipeline!.stages.map((s) => s.id));
    const counted = board.columns.reduce((sum, c) => sum + (c.figures?.count ?? 0), 0);
    expect(counted).toBeGreaterThan(10);
    expect(board.columns.every((c) => c.opportunities.length <= 5)).toBe(true);
  });
});

describe('more opportunity actions', () => {
  it('copies a deal and moves one to another space', async () => {
    const opportunity = await newOpportunity();
    const copy = await t.request('POST', `/opportunities/${opportunity.id}/copy`, {
      token: seller,
      body: { name: 'Copy' },
    });
    expect(copy.status).toBe(201);
    expect((copy.body as Opportunity).id).not.toBe(opportunity.id);
    const moved = await t.request('POST', `/opportunities/${opportunity.id}/move-to-space`, {
      token: seller,
      body: { spaceId: dach },
      headers: ifMatch(1),
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ spaceId: dach });
  });

  it('links accounts (the first is primary), stars another, unlinks', async () => {
    const opportunity = await newOpportunity();
    const accounts = (await t.app.store!.exportTenant(ioana.tenantId)).filter(
      (d) => d.type === 'account' && 'spaceIds' in d && (d.spaceIds as string[]).includes(france),
    );
    const [a, b] = [accounts[0]!, accounts[1]!];
    const path = `/opportunities/${opportunity.id}`;
    const first = await t.request('POST', `${path}/accounts`, {
      token: seller,
      body: { accountId: a.id },
      headers: ifMatch(1),
    });
    expect(first.body).toMatchObject({ primaryAccountId: a.id });
    await t.request('POST', `${path}/accounts`, {
      token: seller,
      body: { accountId: b.id },
      headers: ifMatch(2),
    });
    const starred = await t.request('PUT', `${path}/primary-account`, {
      token: seller,
      body: { accountId: b.id },
      headers: ifMatch(3),
    });
    expect(starred.body).toMatchObject({ primaryAccountId: b.id });
    const unlinked = await t.request('DELETE', `${path}/accounts/${a.id}`, {
      token: seller,
      headers: ifMatch(4),
    });
    expect((unlinked.body as Opportunity).accountIds).toEqual([b.id]);
  });

  it('sets the contact, adds and removes participants and subscribers', async () => {
    const opportunity = await newOpportunity();
    const contacts = (await t.app.store!.exportTenant(ioana.tenantId)).filter(
      (d) => d.type === 'contact' && 'spaceIds' in d && (d.spaceIds as string[]).includes(france),
    );
    const [c1, c2] = [contacts[0]!, contacts[1]!];
    const path = `/opportunities/${opportunity.id}`;
    const contact = await t.request('PUT', `${path}/contact`, {
      token: seller,
      body: { contactId: c1.id },
      headers: ifMatch(1),
    });
    expect(contact.body).toMatchObject({ contactId: c1.id });
    const added = await t.request('POST', `${path}/participants`, {
      token: seller,
      body: { contactId: c2.id },
      headers: ifMatch(2),
    });
    expect((added.body as Opportunity).participantIds).toEqual([c2.id]);
    const removed = await t.request('DELETE', `${path}/participants/${c2.id}`, {
      token: seller,
      headers: ifMatch(3),
    });
    expect((removed.body as Opportunity).participantIds).toEqual([]);
    const jonas = demoUser('Jonas Becker').id;
    const subscribed = await t.request('POST', `${path}/subscribers`, {
      token: seller,
      body: { userId: jonas },
      headers: ifMatch(4),
    });
    expect((subscribed.body as Opportunity).subscriberIds).toContain(jonas);
    const unsubscribed = await t.request('DELETE', `${path}/subscribers/${jonas}`, {
      token: seller,
      headers: ifMatch(5),
    });
    expect((unsubscribed.body as Opportunity).subscriberIds).not.toContain(jonas);
  });

  it('shows field history on the timeline and deletes a deal for good', async () => {
    const opportunity = await newOpportunity();
    await t.request('PATCH', `/opportunities/${opportunity.id}`, {
      token: seller,
      body: { name: 'Renamed deal' },
      headers: ifMatch(1),
    });
    const note = await t.request('POST', `/opportunities/${opportunity.id}/notes`, {
      token: seller,
      body: { text: 'Budget confirmé' },
    });
    expect(note.status).toBe(201);
    const timeline = await t.request('GET', `/opportunities/${opportunity.id}/timeline`, {
      token: seller,
    });
    expect(timeline.status).toBe(200);
    expect((timeline.body as { items: { text?: string }[] }).items.map((e) => e.text)).toContain(
      'Budget confirmé',
    );
    const refusedDelete = await t.request('DELETE', `/opportunities/${opportunity.id}`, {
      token: seller,
    });
    expect(refusedDelete.status).toBe(428);
    const deleted = await t.request('DELETE', `/opportunities/${opportunity.id}`, {
      token: seller,
      headers: ifMatch(2),
    });
    expect(deleted.status).toBe(200);
    expect(
      (await t.request('GET', `/opportunities/${opportunity.id}`, { token: seller })).status,
    ).toBe(404);
  });
});
