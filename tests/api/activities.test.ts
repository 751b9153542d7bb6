import type {
  ActivityView,
  Opportunity,
  RecordActivities,
  TaskCounters,
  TaskSettings,
} from '@channel-crm/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS, demoUser } from '../support/demo-data';
import { startTestApp, type TestApp } from '../support/test-app';

type Problem = { code: string; errors?: { path: string; reason: string; code: string }[] };

let t: TestApp;
let elodie: string;
let ioana: string;
let lukas: string;
let claire: string;
const france = DEMO_TENANTS[0]!.spaces[0]!.id;

beforeAll(async () => {
  t = await startTestApp();
  elodie = await t.tokenFor(demoUser('Élodie Martin').id);
  ioana = await t.tokenFor(demoUser('Ioana Popescu').id);
  lukas = await t.tokenFor(demoUser('Lukas Schmidt').id);
  claire = await t.tokenFor(demoUser('Claire Dubois').id);
});
afterAll(() => t.dispose());

const newDeal = async () => {
  const created = await t.request('POST', '/opportunities', {
    token: elodie,
    body: { spaceId: france, name: 'Renewal Lyon' },
  });
  expect(created.status).toBe(201);
  return created.body as Opportunity;
};

const planCall = async (deal: Opportunity, fields: Record<string, unknown> = {}) => {
  const reply = await t.request('POST', '/activities', {
    token: elodie,
    body: {
      recordType: 'opportunity',
      recordId: deal.id,
      typeId: 'call',
      title: 'Call Jean about the renewal',
      dueAt: '2030-01-15T09:00:00Z',
      durationMinutes: 30,
      ...fields,
    },
  });
  expect(reply.status).toBe(201);
  return reply.body as ActivityView;
};

const shareAs = async (token: string, body: unknown) => {
  const reply = await t.request('PUT', '/me/task-sharing', { token, body });
  expect(reply.status).toBe(200);
};

describe('activities over HTTP', () => {
  it('plans a call, shows it on the deal and its board card, completes it once', async () => {
    const deal = await newDeal();
    const call = await planCall(deal);
    expect(call).toMatchObject({
      state: 'planned',
      kind: 'call',
      assigneeId: demoUser('Élodie Martin').id,
    });
    const read = await t.request('GET', `/opportunities/${deal.id}`, { token: elodie });
    expect(read.body).toMatchObject({ version: deal.version });
    expect((read.body as Opportunity).nextActivity).toEqual({
      id: call.id,
      title: call.title,
      kind: 'call',
      dueAt: call.dueAt,
      allDay: false,
      assigneeId: call.assigneeId,
    });
    const done = await t.request('POST', `/activities/${call.id}/complete`, { token: elodie });
    expect(done.status).toBe(200);
    const again = await t.request('POST', `/activities/${call.id}/complete`, { token: elodie });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(done.body);
    const onDeal = await t.request('GET', `/opportunities/${deal.id}/activities`, {
      token: elodie,
    });
    const listed = onDeal.body as RecordActivities;
    expect(listed.planned).toEqual([]);
    expect(listed.done.map((a) => a.id)).toEqual([call.id]);
    const after = await t.request('GET', `/opportunities/${deal.id}`, { token: elodie });
    expect((after.body as Opportunity).nextActivity).toBeUndefined();
  });

  it('free/busy hides the title from a colleague in the calendar, the record and a direct read', async () => {
    await shareAs(elodie, { default: 'busy' });
    const deal = await newDeal();
    const call = await planCall(deal, { dueAt: '2030-02-03T10:00:00Z' });
    const range = `from=2030-02-03T00:00:00Z&to=2030-02-04T00:00:00Z&assigneeIds=${call.assigneeId}`;
    const calendar = await t.request('GET', `/me/calendar?${range}`, { token: ioana });
    expect(calendar.status).toBe(200);
    expect(calendar.body).toEqual({
      items: [
        {
          id: call.id,
          dueAt: call.dueAt,
          allDay: false,
          durationMinutes: 30,
          assigneeId: call.assigneeId,
          busy: true,
        },
      ],
    });
    const card = await t.request('GET', `/opportunities/${deal.id}`, { token: ioana });
    expect((card.body as Opportunity).nextActivity).toEqual({
      id: call.id,
      dueAt: call.dueAt,
      allDay: false,
      assigneeId: call.assigneeId,
      busy: true,
    });
    const one = await t.request('GET', `/activities/${call.id}`, { token: ioana });
    expect(JSON.stringify(one.body)).not.toContain('Jean');
    const onDeal = await t.request('GET', `/opportunities/${deal.id}/activities`, { token: ioana });
    expect(JSON.stringify(onDeal.body)).not.toContain('Jean');
    const complete = await t.request('POST', `/activities/${call.id}/complete`, { token: ioana });
    expect(complete.status).toBe(404);
    await shareAs(elodie, { default: 'none' });
    const hidden = await t.request('GET', `/me/calendar?${range}`, { token: ioana });
    expect(hidden.body).toEqual({ items: [] });
    const cardAfter = await t.request('GET', `/opportunities/${deal.id}`, { token: ioana });
    expect((cardAfter.body as Opportunity).nextActivity).toBeUndefined();
    await shareAs(elodie, { default: 'read' });
    const cardShared = await t.request('GET', `/opportunities/${deal.id}`, { token: ioana });
    expect((cardShared.body as Opportunity).nextActivity).toMatchObject({ title: call.title });
    await shareAs(elodie, { default: 'none' });
    const outsider = await t.request('GET', `/activities/${call.id}`, { token: lukas });
    expect(outsider.status).toBe(404);
  });

  it('answers 400 with the field and the reason for bad input', async () => {
    const deal = await newDeal();
    const bad = await t.request('POST', '/activities', {
      token: elodie,
      body: {
        recordType: 'opportunity',
        recordId: deal.id,
        typeId: 'Call!',
        title: '',
        dueAt: 'tomorrow',
        durationMinutes: -5,
      },
    });
    expect(bad.status).toBe(400);
    const problem = bad.body as Problem;
    expect(problem.errors!.map((e) => e.path).sort()).toEqual([
      'dueAt',
      'durationMinutes',
      'title',
      'typeId',
    ]);
    expect(problem.errors!.every((e) => e.reason.length > 0)).toBe(true);
    const range = await t.request(
      'GET',
      '/me/calendar?from=2030-03-01T00:00:00Z&to=2030-01-01T00:00:00Z',
      {
        token: elodie,
      },
    );
    expect(range.status).toBe(400);
    expect((range.body as Problem).errors).toMatchObject([
      { path: 'query.to', code: 'field.range_order' },
    ]);
    const unknownType = await t.request('POST', '/activities', {
      token: elodie,
      body: {
        recordType: 'opportunity',
        recordId: deal.id,
        typeId: 'fax',
        title: 'Fax',
        dueAt: '2030-01-01T09:00:00Z',
      },
    });
    expect(unknownType.status).toBe(422);
    expect((unknownType.body as Problem).code).toBe('task_type_unavailable');
  });

  it('reschedules with If-Match and counts my overdue and due-today tasks, and the record’s', async () => {
    const deal = await newDeal();
    const before = (await t.request('GET', '/me/task-counters', { token: elodie }))
      .body as TaskCounters;
    const call = await planCall(deal, { dueAt: '2020-01-01T09:00:00Z' });
    const overdue = (await t.request('GET', '/me/task-counters', { token: elodie }))
      .body as TaskCounters;
    expect(overdue.overdue).toBe(before.overdue + 1);
    const countsOnDeal = async () =>
      (
        (await t.request('GET', `/opportunities/${deal.id}/activities`, { token: elodie }))
          .body as {
          counts: TaskCounters;
        }
      ).counts;
    expect(await countsOnDeal()).toEqual({ overdue: 1, dueToday: 0 });
    const moved = await t.request('PATCH', `/activities/${call.id}`, {
      token: elodie,
      body: { dueAt: new Date(Date.now() + 60_000).toISOString() },
      headers: { 'if-match': `"${call.version}"` },
    });
    expect(moved.status).toBe(200);
    const stale = await t.request('PATCH', `/activities/${call.id}`, {
      token: elodie,
      body: { title: 'Too late' },
      headers: { 'if-match': `"${call.version}"` },
    });
    expect(stale.status).toBe(412);
    const after = (await t.request('GET', '/me/task-counters', { token: elodie }))
      .body as TaskCounters;
    expect(after.overdue).toBe(before.overdue);
    expect(await countsOnDeal()).toEqual({ overdue: 0, dueToday: 1 });
    const today = await t.request('GET', '/me/tasks?bucket=today', { token: elodie });
    expect((today.body as { items: ActivityView[] }).items.map((a) => a.id)).toContain(call.id);
  });

  it('task types: defaults for everyone, changed by an admin only, a deactivated one refused', async () => {
    const defaults = await t.request('GET', '/task-settings', { token: elodie });
    expect(defaults.status).toBe(200);
    const settings = defaults.body as TaskSettings;
    expect(settings.types.map((type) => type.id)).toEqual([
      'email',
      'offer',
      'project',
      'meeting',
      'online_meeting',
      'call',
    ]);
    const withoutProject = {
      types: settings.types.filter((type) => type.id !== 'project'),
      statusesEnabled: false,
      statuses: [],
    };
    const headers = { 'if-match': `"${settings.version}"` };
    const refused = await t.request('PUT', '/task-settings', {
      token: elodie,
      body: withoutProject,
      headers,
    });
    expect(refused.status).toBe(403);
    const saved = await t.request('PUT', '/task-settings', {
      token: claire,
      body: withoutProject,
      headers,
    });
    expect(saved.status).toBe(200);
    expect((saved.body as TaskSettings).types.find((type) => type.id === 'project')).toMatchObject({
      active: false,
    });
    const deal = await newDeal();
    const project = await t.request('POST', '/activities', {
      token: elodie,
      body: {
        recordType: 'opportunity',
        recordId: deal.id,
        typeId: 'project',
        title: 'Kick-off',
        dueAt: '2030-01-01T09:00:00Z',
      },
    });
    expect(project.status).toBe(422);
  });

  it('my task sharing: none until I choose, then what I chose', async () => {
    const mine = await t.request('GET', '/me/task-sharing', { token: lukas });
    expect(mine.body).toEqual({ default: 'none' });
    await shareAs(lukas, { default: 'busy', byType: { email: 'read' } });
    const after = await t.request('GET', '/me/task-sharing', { token: lukas });
    expect(after.body).toEqual({ default: 'busy', byType: { email: 'read' } });
    const bad = await t.request('PUT', '/me/task-sharing', {
      token: lukas,
      body: { default: 'everyone' },
    });
    expect(bad.status).toBe(400);
    expect((bad.body as Problem).errors).toMatchObject([{ path: 'default' }]);
  });
});
