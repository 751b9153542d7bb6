import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoUser } from '../support/demo-data';
import { cardAction, message, personalInstall } from '../support/bot-activities';
import { startBotHarness, type BotHarness } from '../support/bot-harness';

// Teams sends each activity with the user's locale and time zone; the profile follows them so
// the daily digest comes at the user's own hour.

let h: BotHarness;
const jonas = demoUser('Jonas Becker');
const user = { tenantId: jonas.tenantId, userId: jonas.id };
let conversationId = '';

beforeAll(async () => {
  h = await startBotHarness();
  conversationId = h.emulator.install(user.tenantId, user.userId);
  await h.post(personalInstall(h.emulator.serviceUrl, user, conversationId));
}, 120_000);
afterAll(() => h?.close());

const profile = async () => (await h.t.app.store!.users.get(user.tenantId, user.userId))!;

it("takes the user's locale and time zone from what they send", async () => {
  const reply = await h.post({
    ...message(h.emulator.serviceUrl, user, conversationId, 'help'),
    locale: 'de-DE',
    localTimezone: 'Europe/Berlin',
  });
  expect(reply.status).toBe(200);
  expect(await profile()).toMatchObject({ locale: 'de-DE', timeZone: 'Europe/Berlin' });
  const settings = await h.t.request('GET', '/me/notifications', {
    token: await h.t.tokenFor(user.userId),
  });
  expect(settings.body).toMatchObject({ timeZone: 'Europe/Berlin' });
});

it('changes nothing on a card refresh, which only reads', async () => {
  const before = await profile();
  const reply = await h.post({
    ...cardAction(h.emulator.serviceUrl, user, conversationId, 'refresh', {
      recordType: 'opportunity',
      recordId: crypto.randomUUID(),
      version: 1,
      actionId: crypto.randomUUID(),
    }),
    locale: 'ro-RO',
    localTimezone: 'Europe/Bucharest',
  });
  expect(reply.status).toBe(200);
  expect(await profile()).toEqual(before);
});

it('lets the user set the time zone with their digest hour, and refuses one that is not', async () => {
  const token = await h.t.tokenFor(user.userId);
  const set = await h.t.request('PUT', '/me/notifications', {
    token,
    body: { mode: 'digest', digestHour: 8, timeZone: 'America/Toronto' },
  });
  expect(set.status).toBe(200);
  expect(set.body).toMatchObject({ mode: 'digest', digestHour: 8, timeZone: 'America/Toronto' });
  const wrong = await h.t.request('PUT', '/me/notifications', {
    token,
    body: { mode: 'digest', digestHour: 8, timeZone: 'Mars/Olympus' },
  });
  expect(wrong.status).toBe(400);
  expect(JSON.stringify(wrong.body)).toContain('timeZone');
  expect((await profile()).timeZone).toBe('America/Toronto');
});
