import type {
  ActivityView,
  AppliedTaskTemplate,
  CompletedActivity,
  Opportunity,
  Pipeline,
  RecordActivities,
  TaskSettings,
  TaskTemplate,
} from '@channel-crm/domain';
import { observeRoundTrips } from '@channel-crm/api/local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS, demoUser } from '../support/demo-data';
import { startTestApp, type TestApp } from '../support/test-app';

type Problem = { code: string; errors?: { path: string; code: string }[] };

let t: TestApp;
let elodie: string;
let claire: string;
let onboarding: TaskTemplate;
const france = DEMO_TENANTS[0]!.spaces[0]!.id;
const STAGES = [
  { name: 'Open', probability: 10, kind: 'open' },
  { name: 'Won', probability: 100, kind: 'won' },
  { name: 'Lost', probability: 0, kind: 'lost' },
];

beforeAll(async () => {
  t = await startTestApp();
  elodie = await t.tokenFor(demoUser('Élodie Martin').id);
  claire = await t.tokenFor(demoUser('Claire Dubois').id);
  const created = await t.request('POST', '/task-templates', {
    token: claire,
    body: {
      name: 'Onboarding',
      steps: [
        { typeId: 'call', title: 'Kick-off call', delayDays: 0, time: '10:00' },
        { typeId: 'email', title: 'Send the handbook', delayDays: 3 },
      ],
    },
  });
  expect(created.status).toBe(201);
  onboarding = created.body as TaskTemplate;
});
afterAll(() => t.dispose());

const newDeal = async (pipelineId?: string) => {
  const created = await t.request('POST', '/opportunities', {
    token: elodie,
    body: { spaceId: france, name: 'Renewal Lille', ...(pipelineId ? { pipelineId } : {}) },
  });
  expect(created.status).toBe(201);
  return created.body as Opportunity;
};

const plannedOn = async (deal: Opportunity) => {
  const reply = await t.request('GET', `/opportunities/${deal.id}/activities`, { token: elodie });
  expect(reply.status).toBe(200);
  return (reply.body as RecordActivities).planned as ActivityView[];
};

/** The calendar day (YYYY-MM-DD) of an instant in Paris, Élodie's zone. */
const parisDay = (instant: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(instant));

const isWeekday = (day: string) => ![0, 6].includes(new Date(`${day}T12:00:00Z`).getUTCDay());

/** Monday to Friday days after `from`, up to and with `to`. */
function workingDaysAfter(from: string, to: string): number {
  let count = 0;
  for (let day = new Date(`${from}T12:00:00Z`); ;) {
    day = new Date(day.getTime() + 24 * 60 * 60 * 1000);
    const iso = day.toISOString().slice(0, 10);
    if (iso > to) return count;
    if (isWeekday(iso)) count += 1;
  }
}

describe('task templates over HTTP', () => {
  it('only an admin creates one; a bad step answers 400 with its field; everyone lists them', async () => {
    const refused = await t.request('POST', '/task-templates', {
      token: elodie,
      body: { name: 'Mine', steps: [{ typeId: 'call', title: 'Call', delayDays: 1 }] },
    });
    expect(refused.status).toBe(403);
    const invalid = await t.request('POST', '/task-templates', {
      token: claire,
      body: { name: 'Bad', steps: [{ typeId: 'call', title: 'Call', delayDays: -1 }] },
    });
    expect(invalid.status).toBe(400);
    expect((invalid.body as Problem).errors?.[0]?.path).toBe('steps.0.delayDays');
    const listed = await t.request('GET', '/task-templates', { token: elodie });
    expect((listed.body as { items: TaskTemplate[] }).items.map((x) => x.name)).toContain(
      'Onboarding',
    );
  });

  it('applies a template to a deal once per Idempotency-Key and shows its first task on the card', async () => {
    const deal = await newDeal();
    const request = {
      token: elodie,
      body: { recordType: 'opportunity', recordId: deal.id },
      headers: { 'idempotency-key': crypto.randomUUID() },
    };
    const first = await t.request('POST', `/task-templates/${onboarding.id}/apply`, request);
    expect(first.status).toBe(201);
    const again = await t.request('POST', `/task-templates/${onboarding.id}/apply`, request);
    expect((again.body as AppliedTaskTemplate).items.map((x) => x.id)).toEqual(
      (first.body as AppliedTaskTemplate).items.map((x) => x.id),
    );
    const planned = await plannedOn(deal);
    expect(planned.map((task) => task.title).sort()).toEqual([
      'Kick-off call',
      'Send the handbook',
    ]);
    const card = await t.request('GET', `/opportunities/${deal.id}`, { token: elodie });
    expect((card.body as Opportunity).nextActivity?.title).toBe('Kick-off call');
  });

  it('applies a template to a space for the member applying it, by working days in their zone; a non-member is refused', async () => {
    const applied = await t.request('POST', `/task-templates/${onboarding.id}/apply`, {
      token: elodie,
      body: { recordType: 'space', recordId: france },
      headers: { 'idempotency-key': crypto.randomUUID() },
    });
    expect(applied.status).toBe(201);
    const items = (applied.body as AppliedTaskTemplate).items;
    expect(items.map((task) => [task.title, task.assigneeId, task.record.recordType])).toEqual([
      ['Kick-off call', demoUser('Élodie Martin').id, 'space'],
      ['Send the handbook', demoUser('Élodie Martin').id, 'space'],
    ]);
    const [kickOff, handbook] = items.map((task) => parisDay(task.dueAt));
    expect(isWeekday(kickOff!) && kickOff! >= parisDay(new Date().toISOString())).toBe(true);
    expect(workingDaysAfter(kickOff!, handbook!)).toBe(3);

    const listed = await Promise.all(
      ['overdue', 'today', 'upcoming'].map((bucket) =>
        t.request('GET', `/me/tasks?bucket=${bucket}&recordId=${france}`, { token: elodie }),
      ),
    );
    const mine = listed.flatMap((reply) => (reply.body as { items: ActivityView[] }).items);
    expect(mine.map((task) => task.id).sort()).toEqual(items.map((task) => task.id).sort());
    expect(new Set(mine.map((task) => task.record.title))).toEqual(new Set(['Ventes France']));

    const lukas = await t.tokenFor(demoUser('Lukas Schmidt').id);
    const refused = await t.request('POST', `/task-templates/${onboarding.id}/apply`, {
      token: lukas,
      body: { recordType: 'space', recordId: france },
      headers: { 'idempotency-key': crypto.randomUUID() },
    });
    expect(refused.status).toBe(404);
  });

  it('completing a call answers the suggested next task, and completing it again does not', async () => {
    const settings = (await t.request('GET', '/task-settings', { token: claire }))
      .body as TaskSettings;
    const saved = await t.request('PUT', '/task-settings/suggestion-rules', {
      token: claire,
      body: { rules: [{ afterTypeId: 'call', suggestTypeId: 'offer', delayDays: 2 }] },
      headers: { 'if-match': `"${settings.version}"` },
    });
    expect(saved.status).toBe(200);
    const deal = await newDeal();
    await t.request('POST', `/task-templates/${onboarding.id}/apply`, {
      token: elodie,
      body: { recordType: 'opportunity', recordId: deal.id },
    });
    const call = (await plannedOn(deal)).find((task) => task.typeId === 'call')!;
    const done = await t.request('POST', `/activities/${call.id}/complete`, { token: elodie });
    expect(done.status).toBe(200);
    expect((done.body as CompletedActivity).suggestion).toMatchObject({
      typeId: 'offer',
      title: 'Offer',
      allDay: true,
    });
    const twice = await t.request('POST', `/activities/${call.id}/complete`, { token: elodie });
    expect((twice.body as CompletedActivity).suggestion).toBeUndefined();
  });

  it('winning a deal of a pipeline with post-sale templates plans them for its owner, once', async () => {
    const created = await t.request('POST', `/spaces/${france}/pipelines`, {
      token: claire,
      body: { name: 'Key accounts', stages: STAGES, postSale: { won: [onboarding.id] } },
    });
    expect(created.status).toBe(201);
    expect((created.body as Pipeline).postSale).toEqual({ won: [onboarding.id], lost: [] });
    const deal = await newDeal((created.body as Pipeline).id);
    const heard: number[] = [];
    const stopHearing = observeRoundTrips((operationId, roundTrips) => {
      if (operationId === 'markOpportunityWon') heard.push(roundTrips);
    });
    const won = await t.request('POST', `/opportunities/${deal.id}/won`, {
      token: elodie,
      body: { reason: 'Signed' },
      headers: { 'if-match': `"${deal.version}"` },
    });
    stopHearing();
    expect(won.status).toBe(200);
    // The deal, the templates, the task settings, the owner and one batch with the tasks.
    expect(heard).toEqual([5]);
    const unlocked = await t.request('POST', `/opportunities/${deal.id}/unlock`, {
      token: claire,
      headers: { 'if-match': `"${(won.body as Opportunity).version}"` },
    });
    expect(unlocked.status).toBe(200);
    const again = await t.request('POST', `/opportunities/${deal.id}/won`, {
      token: elodie,
      body: { reason: 'Signed again' },
      headers: { 'if-match': `"${(unlocked.body as Opportunity).version}"` },
    });
    expect(again.status).toBe(200);
    const planned = await plannedOn(deal);
    expect(planned.map((task) => [task.title, task.assigneeId]).sort()).toEqual([
      ['Kick-off call', demoUser('Élodie Martin').id],
      ['Send the handbook', demoUser('Élodie Martin').id],
    ]);
  });
});
