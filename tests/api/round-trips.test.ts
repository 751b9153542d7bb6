import { observeRoundTrips } from '@channel-crm/api/local';
import { routes, type Route } from '@channel-crm/api/routes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUser } from '../support/demo-data';
import { exampleBody } from '../support/route-examples';
import { concretePath, idsOf, type IdsBySegment } from '../support/route-paths';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let ids: IdsBySegment;
let token: string;
const claire = demoUser('Claire Dubois');
const heard: { operationId: string; roundTrips: number }[] = [];
let stopHearing: () => void;

/** Routes that remove or end what later routes work on run last, the tenant's deletion at the very end. */
const LAST = [
  'qualifyLead',
  'disqualifyLead',
  'anonymizeLead',
  'anonymizeContact',
  'markOpportunityWon',
  'markOpportunityLost',
  'moveOpportunityToSpace',
  'deleteNote',
  'deleteActivity',
  'deleteTaskTemplate',
  'deleteOpportunity',
  'deleteTenant',
];
const rank = (route: Route) => LAST.indexOf(route.name);
const ordered = [...routes].sort((a, b) => rank(a) - rank(b));

/** Routes whose budgets the issue names: they must succeed, so their count is the real one. */
const MUST_SUCCEED = [
  'listOpportunities',
  'listLeads',
  'getOpportunity',
  'getLead',
  'updateOpportunity',
  'updateLead',
  'moveOpportunityStage',
];

beforeAll(async () => {
  t = await startTestApp(undefined, { timers: false });
  ids = idsOf(await t.app.store!.exportTenant(claire.tenantId));
  token = await t.tokenFor(claire.id);
  // The demo data has no activities yet: the activity routes work on one Claire plans.
  const planned = await t.request('POST', '/activities', {
    token,
    body: exampleBody('createActivity', ids),
    headers: { 'idempotency-key': crypto.randomUUID() },
  });
  ids.activities = (planned.body as { id: string }).id;
  const template = await t.request('POST', '/task-templates', {
    token,
    body: exampleBody('createTaskTemplate', ids),
    headers: { 'idempotency-key': crypto.randomUUID() },
  });
  ids['task-templates'] = (template.body as { id: string }).id;
  // Locally every chat is the demo meeting (scripts/local/meetings.ts).
  ids.meetings = '19:meeting_round-trips@thread.v2';
  stopHearing = observeRoundTrips((operationId, roundTrips) =>
    heard.push({ operationId, roundTrips }),
  );
});
afterAll(async () => {
  stopHearing();
  await t.dispose();
});

/** The version of the record the path names, for If-Match. */
async function versionOf(path: string): Promise<number> {
  const [, segment, id] = path.split('/');
  const store = t.app.store!;
  const repositories: Record<string, { get(tenantId: string, id: string): Promise<unknown> }> = {
    users: store.users,
    spaces: store.spaces,
    pipelines: store.pipelines,
    leads: store.leads,
    accounts: store.accounts,
    contacts: store.contacts,
    opportunities: store.opportunities,
    notes: store.timeline,
    activities: store.activities,
  };
  const record = id && (await repositories[segment ?? '']?.get(claire.tenantId, id));
  return (record as { version?: number } | undefined)?.version ?? 1;
}

async function bodyFor(route: Route): Promise<unknown> {
  if (!route.schemas.body) return undefined;
  if (route.name !== 'moveOpportunityStage') return exampleBody(route.name, ids);
  const opportunity = await t.app.store!.opportunities.get(claire.tenantId, ids.opportunities!);
  const pipeline = await t.app.store!.pipelines.get(claire.tenantId, opportunity!.pipelineId);
  const other = pipeline!.stages.find((s) => s.kind === 'open' && s.id !== opportunity!.stageId);
  return { stageId: other!.id };
}

/** Waits until the events of the record the path names were dispatched (its outbox is empty). */
async function dispatched(path: string): Promise<void> {
  const [, segment, pathId] = path.split('/');
  // An activity's events travel in the outbox of its record (Claire's deal here).
  const id = segment === 'activities' ? ids.opportunities : pathId;
  if (!id) return;
  for (let waited = 0; waited < 5_000; waited += 20) {
    const pending = await t.app.store!.outbox.forRecord(claire.tenantId, id);
    if (!pending?.events.length) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Calls the route once as a user's next action: their actor already read, the record's earlier
 * events dispatched and, for a deal, the board they act from open (so its pipeline was read a
 * moment ago, as it is when a seller drags a card). Answers the round trips it took.
 */
async function roundTripsOf(route: Route): Promise<{ status: number; roundTrips: number }> {
  const path = concretePath(route, ids);
  await dispatched(path);
  await t.request('GET', '/me', { token });
  if (path.startsWith('/opportunities/')) {
    const opportunity = await t.app.store!.opportunities.get(claire.tenantId, ids.opportunities!);
    if (opportunity)
      await t.request('GET', `/pipelines/${opportunity.pipelineId}/board`, { token });
  }
  const reply = await t.request(route.method, path, {
    token,
    body: await bodyFor(route),
    headers: {
      'if-match': `"${await versionOf(path)}"`,
      'idempotency-key': crypto.randomUUID(),
    },
  });
  const answered = heard.findLast((h) => h.operationId === route.name);
  if (!answered) throw new Error(`${route.name} was not heard`);
  return { status: reply.status, roundTrips: answered.roundTrips };
}

describe('store round trips per route', () => {
  it('every route declares a budget', () => {
    const without = routes.filter((r) => r.roundTrips === undefined).map((r) => r.name);
    expect(without).toEqual([]);
  });

  it('a list page, a point read, an edit and a stage move are held to the budgets the issue sets', () => {
    const budget = Object.fromEntries(routes.map((r) => [r.name, r.roundTrips]));
    expect(budget).toMatchObject({
      listOpportunities: 2,
      listLeads: 2,
      getOpportunity: 1,
      getLead: 1,
      // An edit of a field duplicates are detected on also reads and moves its keys (issue 15);
      // the example edit below (a job title) is held to the 2.
      updateLead: 4,
      updateOpportunity: 2,
      moveOpportunityStage: 2,
      // Two, and three reads more for a pipeline with post-sale templates (issue 14).
      markOpportunityWon: 5,
      markOpportunityLost: 5,
    });
  });

  it("moving an activity to another record stays within updateActivity's budget", async () => {
    const planned = await t.request('POST', '/activities', {
      token,
      body: exampleBody('createActivity', ids),
      headers: { 'idempotency-key': crypto.randomUUID() },
    });
    const { id, version } = planned.body as { id: string; version: number };
    await t.request('GET', '/me', { token });
    const reply = await t.request('PATCH', `/activities/${id}`, {
      token,
      body: { record: { recordType: 'account', recordId: ids.accounts } },
      headers: { 'if-match': `"${version}"`, 'idempotency-key': crypto.randomUUID() },
    });
    expect(reply.status).toBe(200);
    const budget = routes.find((r) => r.name === 'updateActivity')?.roundTrips ?? 0;
    expect(
      heard.findLast((h) => h.operationId === 'updateActivity')?.roundTrips,
    ).toBeLessThanOrEqual(budget);
  });

  it('no route takes more round trips than it declares', async () => {
    const taken: Record<string, number> = {};
    const over: string[] = [];
    for (const route of ordered) {
      let { status, roundTrips } = await roundTripsOf(route);
      // Dispatch running beside a call can cost it one guarded retry: a route over its budget
      // is called again, and fails when it stays over. Routes that end their record are not.
      for (let again = 0; again < 2 && roundTrips > (route.roundTrips ?? 0); again++) {
        if (LAST.includes(route.name)) break;
        ({ status, roundTrips } = await roundTripsOf(route));
      }
      if (MUST_SUCCEED.includes(route.name))
        expect(status, `${route.name} answered ${status}`).toBeLessThan(300);
      taken[route.name] = roundTrips;
      if (roundTrips > (route.roundTrips ?? 0))
        over.push(`${route.name}: ${roundTrips} > ${route.roundTrips}`);
    }
    expect(over).toEqual([]);
    // The count itself: a point read is one request, a list one query, an edit a read and a batch.
    expect(taken).toMatchObject({ getOpportunity: 1, listLeads: 1, updateLead: 2 });
  }, 240_000);
});
