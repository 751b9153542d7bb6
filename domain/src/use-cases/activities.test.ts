import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import type { ActivityView, CreateActivityInput } from '../model/activity';
import type { Opportunity } from '../model/opportunity';
import type { TaskSharing } from '../model/task-settings';
import type { Result } from '../result';
import { value } from '../testing';
import { worldPerFile } from '../testing/world-per-file';
import { anonymizeLead } from './anonymize-lead';
import { completeActivity } from './complete-activity';
import { createActivity } from './create-activity';
import { createOpportunity } from './create-opportunity';
import { deleteOpportunity } from './delete-opportunity';
import { deleteActivity } from './delete-activity';
import { getActivity } from './get-activity';
import { getTaskCounters } from './get-task-counters';
import { listCalendar } from './list-calendar';
import { listMyTasks } from './list-my-tasks';
import { listRecordActivities } from './list-record-activities';
import { listTimeline } from './list-timeline';
import { sweepOutboxes } from '../dispatch/sweep-outboxes';
import { moveOpportunityToSpace } from './move-opportunity-to-space';
import { reopenActivity } from './reopen-activity';
import { setTaskSettings } from './set-task-settings';
import { setTaskSharing } from './set-task-sharing';
import { updateActivity } from './update-activity';
import { updateOpportunity } from './update-opportunity';

const { w: world } = worldPerFile();
let anna: Actor;
let ben: Actor;
let otto: Actor;
let admin: Actor;

beforeAll(async () => {
  await world.pipeline(world.spaceA);
  anna = world.actor('anna', 'seller', [world.spaceA]);
  ben = world.actor('ben', 'seller', [world.spaceA]);
  otto = world.actor('otto', 'seller', [world.spaceB]);
  admin = world.actor('admin', 'admin', [world.spaceA, world.spaceB]);
  await world.user('anna', [world.spaceA]);
  await world.user('ben', [world.spaceA]);
  await world.user('otto', [world.spaceB]);
});

const newDeal = async () =>
  value(
    await createOpportunity(world.as(anna), {
      spaceId: world.spaceA,
      name: 'Acme roll-out',
      tags: [],
    }),
  );

const plan = (deal: Opportunity, fields: Partial<CreateActivityInput> = {}, who = anna) =>
  createActivity(world.as(who), {
    recordType: 'opportunity',
    recordId: deal.id,
    typeId: 'call',
    title: 'Call the buyer about the rollout',
    dueAt: '2026-05-10T09:00:00.000Z',
    ...fields,
  });

const dealNow = async (id: string) => (await world.store.opportunities.get(world.tenantId, id))!;

const errorCode = <T>(result: Result<T>) => (result.ok ? 'ok' : result.error.code);

const share = (who: Actor, sharing: TaskSharing) => setTaskSharing(world.as(who), sharing);

describe('planning and logging activities', () => {
  it("keeps the deal's next activity to its earliest planned one without a new deal version", async () => {
    const deal = await newDeal();
    const later = value(
      await plan(deal, {
        title: 'Send the offer',
        typeId: 'email',
        dueAt: '2026-05-12T09:00:00.000Z',
      }),
    );
    const sooner = value(await plan(deal, { dueAt: '2026-05-08T14:00:00.000Z' }));
    let stored = await dealNow(deal.id);
    expect(stored.version).toBe(deal.version);
    expect(stored.nextActivity).toMatchObject({
      id: sooner.id,
      title: 'Call the buyer about the rollout',
      kind: 'call',
      dueAt: '2026-05-08T14:00:00.000Z',
      allDay: false,
      assigneeId: 'anna',
    });
    value(await completeActivity(world.as(anna), sooner.id));
    expect((await dealNow(deal.id)).nextActivity?.id).toBe(later.id);
    value(await deleteActivity(world.as(anna), later.id, later.version));
    stored = await dealNow(deal.id);
    expect(stored.nextActivity).toBeUndefined();
    expect(stored.version).toBe(deal.version);
  });

  it('an edit of the deal with the version the seller holds still succeeds and keeps the next activity', async () => {
    const deal = await newDeal();
    const call = value(await plan(deal));
    const edited = value(
      await updateOpportunity(
        world.as(anna),
        deal.id,
        { name: 'Acme roll-out, phase 2' },
        deal.version,
      ),
    );
    expect(edited.nextActivity?.id).toBe(call.id);
    expect((await dealNow(deal.id)).nextActivity?.id).toBe(call.id);
  });

  it("assigns a colleague's task to the record's owner unless told otherwise", async () => {
    const deal = await newDeal();
    const forOwner = value(await plan(deal, {}, ben));
    expect(forOwner).toMatchObject({ assigneeId: 'anna', createdBy: 'ben' });
    const outbox = await world.store.outbox.forRecord(world.tenantId, deal.id);
    expect(outbox?.events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['activity.created', 'activity.assigned']),
    );
  });

  it('logs a done call in one step: it is on the done list, never the next activity', async () => {
    const deal = await newDeal();
    const logged = value(await plan(deal, { done: true, title: 'Logged a call' }));
    expect(logged).toMatchObject({ state: 'done', completedBy: 'anna', kind: 'call' });
    expect((await dealNow(deal.id)).nextActivity).toBeUndefined();
    const listed = value(
      await listRecordActivities(world.as(anna), 'opportunity', deal.id, { limit: 20 }),
    );
    expect(listed.planned).toEqual([]);
    expect(listed.done.map((a) => a.id)).toEqual([logged.id]);
  });

  it('lists planned by due date and done newest first, apart', async () => {
    const deal = await newDeal();
    const third = value(await plan(deal, { dueAt: '2026-05-20T09:00:00.000Z' }));
    const first = value(await plan(deal, { dueAt: '2026-05-06T09:00:00.000Z' }));
    const doneEarlier = value(await plan(deal, { done: true }));
    const doneLater = value(await plan(deal, { done: true }));
    const listed = value(
      await listRecordActivities(world.as(anna), 'opportunity', deal.id, { limit: 20 }),
    );
    expect(listed.planned.map((a) => a.id)).toEqual([first.id, third.id]);
    expect(listed.done.map((a) => a.id)).toEqual([doneLater.id, doneEarlier.id]);
  });

  it('completing twice changes nothing the second time; reopening plans it again', async () => {
    const deal = await newDeal();
    const call = value(await plan(deal));
    const once = value(await completeActivity(world.as(anna), call.id));
    const twice = value(await completeActivity(world.as(anna), call.id));
    expect(twice).toEqual(once);
    expect(twice.version).toBe(call.version + 1);
    const reopened = value(await reopenActivity(world.as(anna), call.id));
    expect(reopened.state).toBe('planned');
    expect(reopened.completedAt).toBeUndefined();
    expect((await dealNow(deal.id)).nextActivity?.id).toBe(call.id);
  });

  it('rescheduling moves the next activity and leaves events in the deal outbox', async () => {
    const deal = await newDeal();
    const call = value(await plan(deal));
    value(
      await updateActivity(
        world.as(anna),
        call.id,
        { dueAt: '2026-05-15T10:00:00.000Z' },
        call.version,
      ),
    );
    expect((await dealNow(deal.id)).nextActivity?.dueAt).toBe('2026-05-15T10:00:00.000Z');
    const outbox = await world.store.outbox.forRecord(world.tenantId, deal.id);
    const types = outbox?.events.map((e) => e.type) ?? [];
    expect(types).toEqual(expect.arrayContaining(['activity.created', 'activity.rescheduled']));
    expect(outbox?.events.every((e) => !JSON.stringify(e).includes(call.title))).toBe(true);
  });

  it('keeps activities off the timeline, where sharing could not hide them', async () => {
    const deal = await newDeal();
    value(await plan(deal));
    await sweepOutboxes(world.store, undefined, 1000);
    expect(await world.store.outbox.forRecord(world.tenantId, deal.id)).toMatchObject({
      events: [],
    });
    const entries = value(
      await listTimeline(world.as(anna), 'opportunity', deal.id, { limit: 50 }),
    );
    expect(entries.items.filter((e) => e.eventType?.startsWith('activity.'))).toEqual([]);
  });

  it('an all-day task is due at the start of its day in the assignee time zone', async () => {
    await world.store.users.commit(
      { ...(await world.store.users.get(world.tenantId, 'ben'))!, timeZone: 'Europe/Warsaw' },
      [],
      {
        expectedVersion: (await world.store.users.get(world.tenantId, 'ben'))!.version,
        commitId: 'tz',
      },
    );
    const deal = await newDeal();
    const task = value(
      await plan(deal, { assigneeId: 'ben', allDay: true, dueAt: '2026-05-10T15:00:00.000Z' }),
    );
    expect(task.dueAt).toBe('2026-05-09T22:00:00.000Z');
  });
});

describe('refusals', () => {
  it('refuses a 201st planned activity on one record, yet logs a done one', async () => {
    const deal = await newDeal();
    for (let i = 0; i < 200; i += 1)
      value(
        await plan(deal, { dueAt: `2026-07-01T09:${String(i % 60).padStart(2, '0')}:00.000Z` }),
      );
    const refused = await plan(deal);
    expect(!refused.ok && refused.error).toMatchObject({
      code: 'too_many_planned_activities',
      params: { max: 200 },
    });
    expect(value(await plan(deal, { done: true })).state).toBe('done');
  });

  it('refuses a deactivated type for new tasks, yet keeps it on old ones', async () => {
    const deal = await newDeal();
    const offer = value(await plan(deal, { typeId: 'offer' }));
    const settings = value(
      await setTaskSettings(
        world.as(admin),
        {
          types: [
            { id: 'call', name: 'Phone call', kind: 'call', order: 0, active: true },
            { id: 'email', name: 'E-mail', kind: 'email', order: 1, active: true },
          ],
          statusesEnabled: false,
          statuses: [],
        },
        1,
      ),
    );
    expect(settings.types.find((t) => t.id === 'offer')).toMatchObject({ active: false });
    expect(errorCode(await plan(deal, { typeId: 'offer' }))).toBe('task_type_unavailable');
    expect(value(await getActivity(world.as(anna), offer.id))).toMatchObject({ typeId: 'offer' });
    expect(errorCode(await plan(deal, { typeId: 'no_such_type' }))).toBe('task_type_unavailable');
  });

  it('refuses a status while statuses are off, an assignee outside the space, and settings from a non-admin', async () => {
    const deal = await newDeal();
    expect(errorCode(await plan(deal, { statusId: 'waiting' }))).toBe('task_statuses_off');
    expect(errorCode(await plan(deal, { assigneeId: 'otto' }))).toBe('user_not_in_space');
    expect(
      errorCode(
        await setTaskSettings(
          world.as(anna),
          { types: [], statusesEnabled: false, statuses: [] },
          2,
        ),
      ),
    ).toBe('admin_only');
  });

  it('refuses a task on a record the actor may not see', async () => {
    const deal = await newDeal();
    expect(errorCode(await plan(deal, {}, otto))).toBe('not_found');
  });
});

describe('moving a task to another record', () => {
  let otherSpaceDeal: Opportunity;

  beforeAll(async () => {
    await world.pipeline(world.spaceB);
    otherSpaceDeal = value(
      await createOpportunity(world.as(admin), {
        spaceId: world.spaceB,
        name: 'Globex pilot',
        tags: [],
      }),
    );
  });

  const moveTo = (who: Actor, task: ActivityView, deal: Opportunity) =>
    updateActivity(
      world.as(who),
      task.id,
      { record: { recordType: 'opportunity', recordId: deal.id } },
      task.version,
    );

  it("leaves deal A's next activity and becomes deal B's, with the move in B's outbox", async () => {
    const dealA = await newDeal();
    const dealB = await newDeal();
    const call = value(await plan(dealA));
    const moved = value(await moveTo(anna, call, dealB));
    expect(moved.record).toMatchObject({ recordId: dealB.id, spaceId: world.spaceA });
    expect((await dealNow(dealA.id)).nextActivity).toBeUndefined();
    expect((await dealNow(dealB.id)).nextActivity?.id).toBe(call.id);
    const plannedOn = async (deal: Opportunity) =>
      value(
        await listRecordActivities(world.as(anna), 'opportunity', deal.id, { limit: 20 }),
      ).planned.map((a) => a.id);
    expect(await plannedOn(dealA)).toEqual([]);
    expect(await plannedOn(dealB)).toEqual([call.id]);
    const outboxB = await world.store.outbox.forRecord(world.tenantId, dealB.id);
    expect(outboxB?.events.some((e) => e.data?.previousRecordId === dealA.id)).toBe(true);
  });

  it('answers not found for a record the actor may not see, and keeps the task where it was', async () => {
    const deal = await newDeal();
    const call = value(await plan(deal));
    expect(errorCode(await moveTo(anna, call, otherSpaceDeal))).toBe('not_found');
    expect((await dealNow(deal.id)).nextActivity?.id).toBe(call.id);
  });

  it('refuses a record whose space the assignee is not a member of', async () => {
    const deal = await newDeal();
    const call = value(await plan(deal, { assigneeId: 'anna' }, admin));
    expect(errorCode(await moveTo(admin, call, otherSpaceDeal))).toBe('user_not_in_space');
  });
});

describe('task sharing, seen by a colleague', () => {
  const viewOf = async (who: Actor, id: string) => getActivity(world.as(who), id);

  it("none: Ben does not see Anna's task at all", async () => {
    value(await share(anna, { default: 'none' }));
    const deal = await newDeal();
    const call = value(await plan(deal));
    expect(errorCode(await viewOf(ben, call.id))).toBe('not_found');
    const calendar = value(
      await listCalendar(world.as(ben), {
        from: '2026-05-10T00:00:00.000Z',
        to: '2026-05-11T00:00:00.000Z',
        assigneeIds: ['anna'],
      }),
    );
    expect(calendar.items.map((a) => a.id)).not.toContain(call.id);
    const onDeal = value(
      await listRecordActivities(world.as(ben), 'opportunity', deal.id, { limit: 20 }),
    );
    expect(onDeal.planned).toEqual([]);
  });

  it('busy: Ben sees the slot, never the title, and may not complete it', async () => {
    value(await share(anna, { default: 'busy' }));
    const deal = await newDeal();
    const call = value(
      await plan(deal, { dueAt: '2026-05-11T09:00:00.000Z', durationMinutes: 45 }),
    );
    const seen = value(await viewOf(ben, call.id));
    expect(seen).toEqual({
      id: call.id,
      dueAt: '2026-05-11T09:00:00.000Z',
      allDay: false,
      durationMinutes: 45,
      assigneeId: 'anna',
      busy: true,
    });
    const calendar = value(
      await listCalendar(world.as(ben), {
        from: '2026-05-11T00:00:00.000Z',
        to: '2026-05-12T00:00:00.000Z',
        assigneeIds: ['anna'],
      }),
    );
    expect(JSON.stringify(calendar)).not.toContain('Call the buyer');
    expect(calendar.items).toContainEqual(seen);
    expect(errorCode(await completeActivity(world.as(ben), call.id))).toBe('not_found');
  });

  it('read: Ben sees everything but may not change it', async () => {
    value(await share(anna, { default: 'none', byType: { call: 'read' } }));
    const deal = await newDeal();
    const call = value(await plan(deal));
    expect(value(await viewOf(ben, call.id))).toMatchObject({ title: call.title, access: 'read' });
    expect(errorCode(await completeActivity(world.as(ben), call.id))).toBe('activity_read_only');
    const email = value(await plan(deal, { typeId: 'email' }));
    expect(errorCode(await viewOf(ben, email.id))).toBe('not_found');
  });

  it('full: Ben may complete it', async () => {
    value(await share(anna, { default: 'full' }));
    const deal = await newDeal();
    const call = value(await plan(deal));
    const done = value(await completeActivity(world.as(ben), call.id));
    expect(done).toMatchObject({ state: 'done', completedBy: 'ben' });
  });

  it('never more than busy for a colleague who may not see the deal', async () => {
    value(await share(anna, { default: 'full' }));
    const deal = await newDeal();
    const call = value(await plan(deal));
    expect(value(await viewOf(otto, call.id))).toMatchObject({ busy: true });
    expect(errorCode(await completeActivity(world.as(otto), call.id))).toBe('not_found');
  });

  it('follows the deal to another space: a colleague left behind sees only the slot', async () => {
    await world.pipeline(world.spaceB);
    const erik = world.actor('erik', 'seller', [world.spaceA, world.spaceB]);
    await world.user('erik', [world.spaceA, world.spaceB]);
    value(await share(erik, { default: 'read' }));
    const deal = value(
      await createOpportunity(world.as(erik), { spaceId: world.spaceA, name: 'Moving', tags: [] }),
    );
    const call = value(await plan(deal, {}, erik));
    expect(value(await viewOf(ben, call.id))).toMatchObject({ access: 'read' });
    value(
      await moveOpportunityToSpace(
        world.as(erik),
        deal.id,
        { spaceId: world.spaceB },
        deal.version,
      ),
    );
    expect(value(await viewOf(ben, call.id))).toMatchObject({ busy: true });
  });

  it('the creator keeps full access to a task assigned to a colleague', async () => {
    value(await share(ben, { default: 'none' }));
    const deal = await newDeal();
    const forBen = value(await plan(deal, { assigneeId: 'ben' }));
    const seen = value(await viewOf(anna, forBen.id)) as ActivityView;
    expect(seen.access).toBe('full');
  });
});

describe('my tasks', () => {
  it('buckets overdue, today and upcoming in my time zone, with counters', async () => {
    const clara = world.actor('clara', 'seller', [world.spaceA]);
    await world.user('clara', [world.spaceA]);
    const deal = await newDeal();
    const now = Date.parse(world.as(clara).clock.now());
    const at = (hours: number) => new Date(now + hours * 3_600_000).toISOString();
    const overdue = value(await plan(deal, { assigneeId: 'clara', dueAt: at(-30) }));
    const today = value(await plan(deal, { assigneeId: 'clara', dueAt: at(2) }));
    const upcoming = value(await plan(deal, { assigneeId: 'clara', dueAt: at(48) }));
    const ids = async (bucket: 'overdue' | 'today' | 'upcoming' | 'done') =>
      value(await listMyTasks(world.as(clara), { bucket, limit: 50 })).items.map((a) => a.id);
    expect(await ids('overdue')).toEqual([overdue.id]);
    expect(await ids('today')).toEqual([today.id]);
    expect(await ids('upcoming')).toEqual([upcoming.id]);
    expect(value(await getTaskCounters(world.as(clara)))).toEqual({ overdue: 1, dueToday: 1 });
    value(await completeActivity(world.as(clara), today.id));
    expect(await ids('done')).toEqual([today.id]);
    expect(value(await getTaskCounters(world.as(clara)))).toEqual({ overdue: 1, dueToday: 0 });
  });

  it('counts a timed task overdue once its time has passed, an all-day one only after its day', async () => {
    const erin = world.actor('erin', 'seller', [world.spaceA]);
    await world.user('erin', [world.spaceA]);
    const deal = await newDeal();
    const now = Date.parse(world.as(erin).clock.now());
    const minuteAgo = new Date(now - 60_000).toISOString();
    const missedCall = value(await plan(deal, { assigneeId: 'erin', dueAt: minuteAgo }));
    const allDayToday = value(
      await plan(deal, { assigneeId: 'erin', dueAt: new Date(now).toISOString(), allDay: true }),
    );
    const ids = async (bucket: 'overdue' | 'today') =>
      value(await listMyTasks(world.as(erin), { bucket, limit: 50 })).items.map((a) => a.id);
    expect(await ids('overdue')).toEqual([missedCall.id]);
    expect(await ids('today')).toEqual([allDayToday.id]);
    expect(value(await getTaskCounters(world.as(erin)))).toEqual({ overdue: 1, dueToday: 1 });
  });

  it('pages by due date', async () => {
    const dora = world.actor('dora', 'seller', [world.spaceA]);
    await world.user('dora', [world.spaceA]);
    const deal = await newDeal();
    const planned = [];
    for (const day of [25, 22, 28]) {
      planned.push(
        value(await plan(deal, { assigneeId: 'dora', dueAt: `2026-06-${day}T09:00:00.000Z` })),
      );
    }
    const first = value(await listMyTasks(world.as(dora), { bucket: 'upcoming', limit: 2 }));
    const second = value(
      await listMyTasks(world.as(dora), {
        bucket: 'upcoming',
        limit: 2,
        continuation: first.continuation,
      }),
    );
    expect([...first.items, ...second.items].map((a) => a.dueAt)).toEqual([
      '2026-06-22T09:00:00.000Z',
      '2026-06-25T09:00:00.000Z',
      '2026-06-28T09:00:00.000Z',
    ]);
    expect(second.continuation).toBeUndefined();
  });

  it('filters by type, record type and record', async () => {
    const eve = world.actor('eve', 'seller', [world.spaceA]);
    await world.user('eve', [world.spaceA]);
    const deal = await newDeal();
    const lead = await world.lead(anna, world.spaceA, 'Filtered');
    const onDeal = value(
      await plan(deal, { assigneeId: 'eve', dueAt: '2026-06-10T09:00:00.000Z' }),
    );
    const email = value(
      await plan(deal, { assigneeId: 'eve', typeId: 'email', dueAt: '2026-06-11T09:00:00.000Z' }),
    );
    const onLead = value(
      await createActivity(world.as(anna), {
        recordType: 'lead',
        recordId: lead.id,
        typeId: 'call',
        title: 'Qualify',
        dueAt: '2026-06-12T09:00:00.000Z',
        assigneeId: 'eve',
      }),
    );
    const ids = async (filter: object) =>
      value(
        await listMyTasks(world.as(eve), { bucket: 'upcoming', limit: 50, ...filter }),
      ).items.map((a) => a.id);
    expect(await ids({ typeId: 'email' })).toEqual([email.id]);
    expect(await ids({ recordType: 'lead' })).toEqual([onLead.id]);
    expect(await ids({ recordId: deal.id })).toEqual([onDeal.id, email.id]);
  });
});

describe('erasure', () => {
  it('anonymizing a lead erases the person from its activities and its next activity', async () => {
    const lead = await world.lead(anna, world.spaceA, 'Dubois-Marchand', { firstName: 'Aurélie' });
    const onLead = (fields: Partial<CreateActivityInput>) =>
      createActivity(world.as(anna), {
        recordType: 'lead',
        recordId: lead.id,
        typeId: 'call',
        title: 'Call Aurélie Dubois-Marchand',
        dueAt: '2026-05-10T09:00:00.000Z',
        ...fields,
      });
    const planned = value(await onLead({ notes: 'Aurélie prefers mornings' }));
    const logged = value(await onLead({ done: true, title: 'Met Aurélie at the fair' }));
    value(await anonymizeLead(world.as(anna), lead.id));
    const raw = JSON.stringify([
      await world.store.activities.get(world.tenantId, planned.id),
      await world.store.activities.get(world.tenantId, logged.id),
      await world.store.leads.get(world.tenantId, lead.id),
    ]);
    expect(raw).not.toMatch(/Aurélie|Dubois/);
    const erased = (await world.store.activities.get(world.tenantId, planned.id))!;
    expect(erased.record.title).toBe('Anonymized lead');
    expect((await world.store.leads.get(world.tenantId, lead.id))?.nextActivity?.id).toBe(
      planned.id,
    );
  });

  it('deleting a deal deletes its activities', async () => {
    const deal = await newDeal();
    const call = value(await plan(deal));
    value(await deleteOpportunity(world.as(anna), deal.id));
    expect(await world.store.activities.get(world.tenantId, call.id)).toBeUndefined();
  });
});
