import { localTime } from '@channel-crm/bot';
import { MAX_MUTED_RECORDS, type Opportunity, type Pipeline } from '@channel-crm/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS, demoUser } from '../support/demo-data';
import { cardAction, personalInstall } from '../support/bot-activities';
import { startBotHarness, type BotHarness } from '../support/bot-harness';
import type { DeliveredActivity } from '../support/bot-connector-emulator';

let h: BotHarness;
let opportunity: Opportunity;
let pipeline: Pipeline;
let now = '2026-03-02T00:00:00.000Z';
const france = DEMO_TENANTS[0]!.spaces[0]!.id;
const owner = demoUser('Élodie Martin');
const digester = demoUser('Ioana Popescu');
const muter = demoUser('Jonas Becker');
const control = demoUser('Claire Dubois');
const outsider = demoUser('Lukas Schmidt');

const cardsTo = (userId: string) =>
  h.emulator.delivered.filter((d) => d.userId === userId && d.kind === 'send');

type Action = { title: string; verb?: string; data?: Record<string, unknown> };
type Card = { body: unknown[]; actions?: Action[]; refresh?: { action: Action } };
const cardOf = (d: DeliveredActivity) =>
  (d.activity.attachments as { content: Card }[])[0]!.content;
const titlesOf = (card: Card) => (card.actions ?? []).map((a) => a.title);
const textOf = (card: Card) => JSON.stringify(card.body);
const actionOf = (card: Card, title: string) => card.actions!.find((a) => a.title === title)!;

/** Presses `action` (or, for a card's refresh action, lets Teams refresh) as `user`. */
async function invoke(user: { tenantId: string; id: string }, action: Action) {
  const teamsUser = { tenantId: user.tenantId, userId: user.id };
  const reply = await h.post(
    cardAction(h.emulator.serviceUrl, teamsUser, `a:${user.id}`, action.verb!, action.data!),
  );
  expect(reply.status).toBe(200);
  return (reply.body as { value: Card }).value;
}

const mutedBy = async (user: { tenantId: string; id: string }) =>
  (await h.runtime.notifier.state.preferences.get(user.tenantId, user.id)).mutedRecordIds;

async function api(method: string, path: string, userId: string, body?: unknown) {
  return h.t.request(method, path, {
    token: await h.t.tokenFor(userId),
    body,
    headers: opportunity ? { 'if-match': `"${opportunity.version}"` } : {},
  });
}

async function write(method: string, path: string, userId: string, body?: unknown) {
  const reply = await api(method, path, userId, body);
  expect(reply.status, JSON.stringify(reply.body)).toBeLessThan(300);
  return reply.body as Opportunity;
}

/** The first quarter hour from `now` on at which the user's local hour is `hour`. */
function instantAt(hour: number, timeZone: string): string {
  let t = Date.parse(now);
  while (localTime(new Date(t).toISOString(), timeZone).hour !== hour) t += 15 * 60_000;
  return new Date(t).toISOString();
}

beforeAll(async () => {
  h = await startBotHarness({}, { clock: { now: () => now } });
  for (const u of [owner, digester, muter, control]) {
    const conversationId = h.emulator.install(u.tenantId, u.id);
    const user = { tenantId: u.tenantId, userId: u.id };
    expect(
      (await h.post(personalInstall(h.emulator.serviceUrl, user, conversationId))).status,
    ).toBe(200);
  }
  pipeline = (await h.t.app.store!.pipelines.listForSpace(owner.tenantId, france))[0]!;
  opportunity = await write('POST', '/opportunities', owner.id, {
    spaceId: france,
    name: 'Solar roofs',
  });
  for (const u of [digester, muter, control]) {
    opportunity = await write('POST', `/opportunities/${opportunity.id}/follow`, u.id);
  }
  await h.runtime.dispatcher.sweep();
  // Following notified the owner of 3 followers, Ioana of 2 and Jonas of 1. Wait for those cards
  // here, before any test changes a setting: a digest switched on while they are still on their
  // way would rightly hold them back. On a loaded machine (CI) these six cards have taken just
  // over the emulator's default 30 s to arrive.
  await h.emulator.waitFor(
    () =>
      cardsTo(owner.id).length === 3 &&
      cardsTo(digester.id).length === 2 &&
      cardsTo(muter.id).length === 1,
    90_000,
  );
}, 120_000);
afterAll(() => h?.close());

describe('notification preferences', () => {
  it('keeps settings per user, in their own time zone, and refuses an hour that does not exist', async () => {
    const set = await api('PUT', '/me/notifications', digester.id, {
      mode: 'digest',
      digestHour: 18,
    });
    expect(set.status).toBe(200);
    const user = await h.t.app.store!.users.get(digester.tenantId, digester.id);
    expect(set.body).toEqual({
      mode: 'digest',
      digestHour: 18,
      timeZone: user!.timeZone,
      mutedRecordIds: [],
      mutedRecords: [],
    });
    expect((await api('GET', '/me/notifications', digester.id)).body).toEqual(set.body);
    expect((await api('GET', '/me/notifications', muter.id)).body).toMatchObject({
      mode: 'immediate',
    });
    const wrong = await api('PUT', '/me/notifications', digester.id, {
      mode: 'digest',
      digestHour: 24,
    });
    expect(wrong.status).toBe(400);
  });

  it('mutes only records the user may see, and can be undone', async () => {
    const hidden = await api('POST', `/opportunities/${opportunity.id}/mute`, outsider.id);
    expect(hidden.status).toBe(404);
    expect((await api('POST', `/opportunities/${opportunity.id}/mute`, muter.id)).body).toEqual({
      recordId: opportunity.id,
      muted: true,
    });
    expect((await api('DELETE', `/opportunities/${opportunity.id}/mute`, muter.id)).body).toEqual({
      recordId: opportunity.id,
      muted: false,
    });
    expect((await api('POST', `/opportunities/${opportunity.id}/mute`, muter.id)).status).toBe(200);
    expect((await api('GET', '/me/notifications', muter.id)).body).toMatchObject({
      mutedRecordIds: [opportunity.id],
      mutedRecords: [{ id: opportunity.id, type: 'opportunity', title: opportunity.name }],
    });
  });

  it('sends a muted record nothing and holds a digest user’s cards for one digest at their hour', async () => {
    const before = { digester: cardsTo(digester.id).length, muter: cardsTo(muter.id).length };
    const control0 = cardsTo(control.id).length;
    const open = pipeline.stages.filter((s) => s.kind === 'open');
    for (const stage of [open[1]!, open[2]!]) {
      opportunity = await write('PATCH', `/opportunities/${opportunity.id}/stage`, owner.id, {
        stageId: stage.id,
      });
      await h.runtime.dispatcher.sweep();
    }
    await h.emulator.waitFor(() => cardsTo(control.id).length === control0 + 2);
    expect(cardsTo(muter.id)).toHaveLength(before.muter);
    expect(cardsTo(digester.id)).toHaveLength(before.digester);

    const { timeZone } = (await api('GET', '/me/notifications', digester.id)).body as {
      timeZone: string;
    };
    now = instantAt(17, timeZone);
    expect(await h.runtime.sendDueDigests()).toBe(0);
    now = instantAt(18, timeZone);
    expect(await h.runtime.sendDueDigests()).toBe(1);
    await h.emulator.waitFor(() => cardsTo(digester.id).length === before.digester + 1);
    const digest = JSON.stringify(cardsTo(digester.id).at(-1)!.activity);
    expect(digest).toContain('Your CRM digest');
    expect(digest.match(/moved this deal/g)).toHaveLength(2);
    expect(digest).toContain('Solar roofs');

    now = new Date(Date.parse(now) + 15 * 60_000).toISOString();
    expect(await h.runtime.sendDueDigests()).toBe(0);
    expect(cardsTo(muter.id)).toHaveLength(before.muter);
  });

  it('mutes from a notification card, which then says so and offers Unmute', async () => {
    const card = cardOf(cardsTo(control.id).at(-1)!);
    expect(titlesOf(card)).toContain('Mute');
    expect(titlesOf(card)).not.toContain('Unmute');
    const muted = await invoke(control, actionOf(card, 'Mute'));
    expect(titlesOf(muted)).toContain('Unmute');
    expect(titlesOf(muted)).not.toContain('Mute');
    expect(textOf(muted)).toContain('You muted this: no cards about it reach you');
    expect(textOf(muted)).toContain('Solar roofs');
    expect(await mutedBy(control)).toEqual([opportunity.id]);
    expect((await api('GET', '/me/notifications', control.id)).body).toMatchObject({
      mutedRecordIds: [opportunity.id],
    });
  });

  it('shows each viewer their own mute state on refresh, writing nothing', async () => {
    const card = cardOf(cardsTo(control.id).at(-1)!);
    const store = h.t.app.store!;
    const written = async () =>
      JSON.stringify([
        await store.opportunities.get(owner.tenantId, opportunity.id),
        await store.timeline.listAllForRecord(owner.tenantId, opportunity.id),
        await mutedBy(control),
        await mutedBy(owner),
      ]);
    const before = await written();
    const forControl = await invoke(control, card.refresh!.action);
    const forOwner = await invoke(owner, card.refresh!.action);
    expect(titlesOf(forControl)).toContain('Unmute');
    expect(textOf(forControl)).toContain('You muted this');
    expect(titlesOf(forOwner)).toContain('Mute');
    expect(titlesOf(forOwner)).not.toContain('Unmute');
    expect(textOf(forOwner)).not.toContain('You muted this');
    expect(await written()).toBe(before);
  });

  it('refuses Unmute to a user who may not see the record, and unmutes for the one who muted', async () => {
    const card = cardOf(cardsTo(control.id).at(-1)!);
    const unmute = actionOf(await invoke(control, card.refresh!.action), 'Unmute');
    const stranger = demoUser('Andrei Ionescu');
    for (const user of [outsider, stranger]) {
      expect(textOf(await invoke(user, unmute))).toContain('Not available');
    }
    expect(await mutedBy(control)).toEqual([opportunity.id]);

    const unmuted = await invoke(control, unmute);
    expect(textOf(unmuted)).toContain('Unmuted: you will get cards about this again');
    expect(textOf(unmuted)).not.toContain('You muted this');
    expect(titlesOf(unmuted)).toContain('Mute');
    expect(titlesOf(unmuted)).not.toContain('Unmute');
    expect(await mutedBy(control)).toEqual([]);
  });

  it('keeps every one of 10 concurrent mutes of different deals by one user', async () => {
    const opportunities: Opportunity[] = [];
    for (let i = 0; i < 10; i++) {
      opportunities.push(
        await write('POST', '/opportunities', owner.id, { spaceId: france, name: `Roof ${i}` }),
      );
    }
    const replies = await Promise.all(
      opportunities.map((d) => api('POST', `/opportunities/${d.id}/mute`, owner.id)),
    );
    expect(replies.map((r) => r.status)).toEqual(opportunities.map(() => 200));
    const { mutedRecordIds } = (await api('GET', '/me/notifications', owner.id)).body as {
      mutedRecordIds: string[];
    };
    expect([...mutedRecordIds].sort()).toEqual(opportunities.map((d) => d.id).sort());
  });

  it('refuses a mute beyond the most a user may keep, saying so, and keeps the list', async () => {
    const full = Array.from({ length: MAX_MUTED_RECORDS }, () => crypto.randomUUID());
    await h.runtime.notifier.state.preferences.update(control.tenantId, control.id, (p) => ({
      ...p,
      mutedRecordIds: full,
    }));
    const refused = await api('POST', `/opportunities/${opportunity.id}/mute`, control.id);
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.body)).toContain(`You have muted ${MAX_MUTED_RECORDS}`);
    expect(await mutedBy(control)).toEqual(full);
  });
});
