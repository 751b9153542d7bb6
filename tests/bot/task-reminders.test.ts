import type { ActivityView, Opportunity } from '@channel-crm/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS } from '../support/demo-data';
import { cardAction, message } from '../support/bot-activities';
import { startBotHarness, teamsPerson, type BotHarness } from '../support/bot-harness';
import { installPersonally } from '../support/bot-scenario';
import type { DeliveredActivity } from '../support/bot-connector-emulator';

let h: BotHarness;
let opportunity: Opportunity;
let now = '2026-03-02T12:00:00.000Z'; // a Monday
const france = DEMO_TENANTS[0]!.spaces[0]!.id;
const owner = teamsPerson('Élodie Martin');
/** Works from New York (UTC-5 until 8 March 2026), which his Teams client reports. */
const assignee = teamsPerson('Jonas Becker');
const muter = teamsPerson('Claire Dubois');
const digester = teamsPerson('Ioana Popescu');

type Action = {
  type: string;
  title: string;
  verb?: string;
  data?: Record<string, unknown>;
  card?: { actions: Action[] };
};
type Card = { body: unknown[]; actions?: Action[]; refresh?: { action: Action } };
type Person = typeof owner;

const cardOf = (d: DeliveredActivity) =>
  (d.activity.attachments as { content: Card }[])[0]!.content;
const cardsTo = (p: Person) =>
  h.emulator.delivered.filter((d) => d.userId === p.userId && d.kind === 'send').map(cardOf);
const textOf = (card: Card) => JSON.stringify(card.body);
const aboutTask = (p: Person, title: string, headline: string) =>
  cardsTo(p).filter((c) => textOf(c).includes(title) && textOf(c).includes(headline));
/** Every Action.Execute of the card, those under Snooze's shown card included. */
const executes = (card: Card): Action[] =>
  (card.actions ?? [])
    .flatMap((a) => (a.card ? a.card.actions : [a]))
    .filter((a) => a.type === 'Action.Execute');
const button = (card: Card, title: string) => executes(card).find((a) => a.title === title)!;

async function press(user: Person, action: Action): Promise<Card> {
  const reply = await h.post(
    cardAction(h.emulator.serviceUrl, user, user.conversationId, action.verb!, action.data!),
  );
  expect(reply.status).toBe(200);
  return (reply.body as { value: Card }).value;
}

async function plan(
  assigneeId: string,
  fields: { title: string; dueAt: string; allDay?: boolean },
) {
  const task = await h.write<ActivityView>('POST', '/activities', owner.userId, {
    recordType: 'opportunity',
    recordId: opportunity.id,
    typeId: 'call',
    assigneeId,
    ...fields,
  });
  await dispatched();
  return task;
}

async function dispatched() {
  await h.runtime.dispatcher.idle();
  await h.runtime.dispatcher.sweep();
}

const activity = async (id: string) =>
  (await h.t.request('GET', `/activities/${id}`, { token: await h.t.tokenFor(owner.userId) }))
    .body as ActivityView;

/** Moves the clock and runs the reminder timer, as Azure does every minute. */
async function remindAt(instant: string) {
  now = instant;
  return h.runtime.sendDueReminders();
}

beforeAll(async () => {
  h = await startBotHarness({}, { clock: { now: () => now } });
  await installPersonally(h, [owner, assignee, muter, digester]);
  await h.post({
    ...message(h.emulator.serviceUrl, assignee, assignee.conversationId, 'help'),
    localTimezone: 'America/New_York',
  });
  opportunity = await h.write<Opportunity>('POST', '/opportunities', owner.userId, {
    spaceId: france,
    name: 'Harbour cranes',
  });
}, 120_000);
afterAll(() => h?.close());

describe('task reminders and cards', () => {
  let allDay: ActivityView;
  let timed: ActivityView;

  it('tells the assignee when someone else gives them a task', async () => {
    timed = await plan(assignee.userId, { title: 'Call the port', dueAt: '2026-03-02T15:30:00Z' });
    allDay = await plan(assignee.userId, {
      title: 'Send the quote',
      dueAt: '2026-03-03T12:00:00Z',
      allDay: true,
    });
    await h.emulator.waitFor(
      () =>
        aboutTask(assignee, 'Send the quote', 'gave you').length === 1 &&
        aboutTask(assignee, 'Call the port', 'gave you').length === 1,
    );
    const card = aboutTask(assignee, 'Call the port', 'Élodie Martin gave you this task')[0]!;
    expect(textOf(card)).toContain('Harbour cranes');
    expect(executes(card).map((a) => a.title)).toEqual([
      'Complete',
      '1 hour',
      'Tomorrow 9:00',
      'Next week',
    ]);
  });

  it('reminds the assignee once, at their local time, and once more the next working day', async () => {
    expect(await remindAt('2026-03-02T15:29:10.000Z')).toMatchObject({ sent: 0 });
    expect(await remindAt('2026-03-02T15:30:05.000Z')).toMatchObject({ sent: 1 });
    expect(await remindAt('2026-03-02T15:31:00.000Z')).toMatchObject({ sent: 0 });
    await h.emulator.waitFor(() => aboutTask(assignee, 'Call the port', 'is due').length === 1);
    // The all-day task's day in New York starts at 05:00 UTC; 09:00 there is 14:00 UTC.
    expect(await remindAt('2026-03-03T13:59:00.000Z')).toMatchObject({ sent: 0 });
    expect(await remindAt('2026-03-03T14:00:00.000Z')).toMatchObject({ sent: 2 });
    await h.emulator.waitFor(
      () =>
        aboutTask(assignee, 'Send the quote', 'This task is due').length === 1 &&
        aboutTask(assignee, 'Call the port', 'This task is overdue').length === 1,
    );
    expect(await remindAt('2026-03-03T14:01:00.000Z')).toMatchObject({ sent: 0 });
    expect(aboutTask(assignee, 'Call the port', 'is due')).toHaveLength(1);
  });

  it('completes a task from its reminder card; completing again changes nothing', async () => {
    const reminder = aboutTask(assignee, 'Send the quote', 'This task is due')[0]!;
    const done = await press(assignee, button(reminder, 'Complete'));
    expect(textOf(done)).toContain('Done by Jonas Becker');
    expect(executes(done)).toEqual([]);
    const completed = await activity(allDay.id);
    expect(completed).toMatchObject({ state: 'done', completedBy: assignee.userId });
    const listed = await h.t.request('GET', `/opportunities/${opportunity.id}/activities`, {
      token: await h.t.tokenFor(owner.userId),
    });
    expect(JSON.stringify(listed.body)).toContain('Send the quote');

    const again = await press(assignee, button(reminder, 'Complete'));
    expect(textOf(again)).toContain('Done by Jonas Becker');
    const assigned = aboutTask(assignee, 'Send the quote', 'gave you')[0]!;
    const fromOlderCard = await press(assignee, button(assigned, 'Complete'));
    expect(textOf(fromOlderCard)).toContain('Done by Jonas Becker');
    expect((await activity(allDay.id)).version).toBe(completed.version);
    // The card refreshes for the task's creator too, who sees it done.
    const forOwner = await press(owner, done.refresh!.action);
    expect(textOf(forOwner)).toContain('Done by Jonas Becker');
  });

  it('snoozes a task: its due date and its reminder move', async () => {
    const task = await plan(assignee.userId, {
      title: 'Book the crane',
      dueAt: '2026-03-04T16:00:00Z',
    });
    now = '2026-03-03T14:10:00.000Z';
    await h.emulator.waitFor(() => aboutTask(assignee, 'Book the crane', 'gave you').length === 1);
    const card = aboutTask(assignee, 'Book the crane', 'gave you')[0]!;
    const snoozed = await press(assignee, button(card, '1 hour'));
    expect(textOf(snoozed)).toContain('Snoozed until');
    expect((await activity(task.id)).dueAt).toBe('2026-03-03T15:10:00.000Z');
    await dispatched();
    expect(await remindAt('2026-03-03T15:10:00.000Z')).toMatchObject({ sent: 1 });
    await h.emulator.waitFor(() => aboutTask(assignee, 'Book the crane', 'is due').length === 1);
    // Its old due time passes unannounced; 09:00 in New York after its new day says overdue.
    expect(await remindAt('2026-03-04T16:00:00.000Z')).toMatchObject({ sent: 1 });
    await h.emulator.waitFor(() => aboutTask(assignee, 'Book the crane', 'overdue').length === 1);
    expect(aboutTask(assignee, 'Book the crane', 'This task is due')).toHaveLength(1);
  });

  it('tells the assignee when someone else completes their task', async () => {
    const task = await plan(assignee.userId, {
      title: 'Sign the lease',
      dueAt: '2026-03-05T09:00:00Z',
    });
    await h.write('POST', `/activities/${task.id}/complete`, owner.userId);
    await dispatched();
    await h.emulator.waitFor(
      () => aboutTask(assignee, 'Sign the lease', 'Élodie Martin completed your task').length === 1,
    );
  });

  it('reminds nobody of a muted record, and holds the reminder for a digest user', async () => {
    await h.write('POST', `/opportunities/${opportunity.id}/mute`, muter.userId);
    await h.write('PUT', '/me/notifications', digester.userId, { mode: 'digest', digestHour: 18 });
    await plan(muter.userId, { title: 'Muted call', dueAt: '2026-03-05T10:00:00Z' });
    await plan(digester.userId, { title: 'Digest call', dueAt: '2026-03-05T10:00:00Z' });
    expect(await remindAt('2026-03-05T10:00:00.000Z')).toMatchObject({ sent: 0, held: 1 });
    // Paris is UTC+1: 18:00 there is 17:00 UTC.
    now = '2026-03-05T17:00:00.000Z';
    expect(await h.runtime.sendDueDigests()).toBe(1);
    await h.emulator.waitFor(() => cardsTo(digester).length > 0);
    const digest = JSON.stringify(cardsTo(digester).at(-1));
    expect(digest).toContain('This task is due\\\\. Digest call');
    expect(digest.match(/Digest call/g)).toHaveLength(2);
    expect(cardsTo(muter).filter((c) => textOf(c).includes('Muted call'))).toEqual([]);
  });

  it('shows a colleague the task as its assignee shares it: read-only, or only the slot', async () => {
    const card = aboutTask(assignee, 'Book the crane', 'overdue')[0]!;
    await h.write('PUT', '/me/task-sharing', assignee.userId, { default: 'read' });
    const refused = await press(digester, button(card, 'Complete'));
    expect(textOf(refused)).toContain('Not allowed');
    const read = await press(digester, card.refresh!.action);
    expect(textOf(read)).toContain('Book the crane');
    expect(executes(read)).toEqual([]);
    expect((await activity(card.refresh!.action.data!.activityId as string)).state).toBe('planned');

    await h.write('PUT', '/me/task-sharing', assignee.userId, { default: 'busy' });
    const busy = await press(digester, card.refresh!.action);
    expect(textOf(busy)).toContain('Busy');
    expect(textOf(busy)).not.toContain('Book the crane');
    expect(textOf(busy)).not.toContain('Harbour cranes');
    expect(executes(busy)).toEqual([]);
    await h.write('PUT', '/me/task-sharing', assignee.userId, { default: 'none' });
  });

  it('lists today’s and overdue tasks on my day, each with Complete', async () => {
    now = '2026-03-03T16:00:00.000Z';
    await plan(assignee.userId, { title: 'Later this week', dueAt: '2026-03-06T15:00:00Z' });
    const since = h.emulator.delivered.length;
    await h.post(message(h.emulator.serviceUrl, assignee, assignee.conversationId, 'my day'));
    const reply = h.emulator.delivered.slice(since).find((d) => d.kind === 'reply')!;
    const day = cardOf(reply);
    const text = textOf(day);
    expect(text).toContain('Your day');
    expect(text.indexOf('Overdue')).toBeLessThan(text.indexOf('Call the port'));
    expect(text).toContain('Book the crane');
    expect(text).not.toContain('Send the quote');
    expect(text).not.toContain('Later this week');
    const complete = (day.body as { items?: { type: string; actions?: Action[] }[] }[])
      .flatMap((b) => b.items ?? [])
      .flatMap((i) => i.actions ?? [])
      .filter((a) => a.title === 'Complete');
    expect(complete).toHaveLength(2);
    const after = await press(assignee, complete[0]!);
    expect(textOf(after)).toContain('Done: Call the port');
    expect(textOf(after)).toContain('Book the crane');
    expect((await activity(timed.id)).state).toBe('done');
  });

  it('offers the suggested next task on completing one, planned in one click and once', async () => {
    const settings = await h.t.request('GET', '/task-settings', {
      token: await h.t.tokenFor(muter.userId),
    });
    const { version } = settings.body as { version: number };
    await h.write(
      'PUT',
      '/task-settings/suggestion-rules',
      muter.userId,
      {
        rules: [
          {
            afterTypeId: 'call',
            suggestTypeId: 'email',
            delayDays: 2,
            time: '10:00',
            title: 'Send the follow-up',
          },
        ],
      },
      version,
    );
    await plan(assignee.userId, {
      title: 'Call the harbour master',
      dueAt: '2026-03-06T15:00:00Z',
    });
    await h.emulator.waitFor(
      () => aboutTask(assignee, 'Call the harbour master', 'gave you').length === 1,
    );
    const card = aboutTask(assignee, 'Call the harbour master', 'gave you')[0]!;
    const done = await press(assignee, button(card, 'Complete'));
    const offer = executes(done).find((a) => a.title.startsWith('Plan next: Send the follow-up'))!;
    expect(offer).toBeDefined();
    const planned = await press(assignee, offer);
    expect(textOf(planned)).toContain('Planned: Send the follow');
    expect(executes(planned).map((a) => a.title)).toContain('Complete');
    await press(assignee, offer);
    const listed = await h.t.request('GET', `/opportunities/${opportunity.id}/activities`, {
      token: await h.t.tokenFor(assignee.userId),
    });
    const followUps = JSON.stringify(listed.body).match(/Send the follow-up/g) ?? [];
    expect(followUps).toHaveLength(1);
  });
});
