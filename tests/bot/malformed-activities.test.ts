import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardAction, message } from '../support/bot-activities';
import { startBotHarness, teamsPerson, type BotHarness } from '../support/bot-harness';
import { installPersonally } from '../support/bot-scenario';

let h: BotHarness;
const seller = teamsPerson('Élodie Martin');

beforeAll(async () => {
  h = await startBotHarness();
  await installPersonally(h, [seller]);
}, 60_000);
afterAll(() => h.close());

type Activity = Record<string, unknown>;

const without = (activity: Activity, ...fields: string[]) =>
  Object.fromEntries(Object.entries(activity).filter(([key]) => !fields.includes(key)));

const hello = () => message(h.emulator.serviceUrl, seller, seller.conversationId, 'help');
const press = () =>
  cardAction(h.emulator.serviceUrl, seller, seller.conversationId, 'refresh', {
    type: 'lead',
    id: '00000000-0000-4000-8000-000000000000',
  });

describe('a malformed activity', () => {
  const cases: [string, () => unknown][] = [
    ['a message without a conversation', () => without(hello(), 'conversation')],
    ['a message without a sender', () => without(hello(), 'from')],
    [
      'a message without a tenant',
      () => ({
        ...without(hello(), 'channelData'),
        conversation: { id: seller.conversationId, conversationType: 'personal' },
      }),
    ],
    ['a card action without a conversation', () => without(press(), 'conversation')],
    ['a card action without a tenant', () => without(press(), 'channelData')],
    ['an activity without a type', () => without(hello(), 'type')],
    ['a body that is not an activity', () => ['help']],
  ];

  it.each(cases)('%s gets a 400 that says why, and no reply', async (_name, activity) => {
    const before = h.emulator.delivered.length;
    const reply = await h.post(activity());
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ status: 400, detail: expect.any(String) });
    expect(h.emulator.delivered.length).toBe(before);
  });

  it('leaves a well-formed message answered as before', async () => {
    const before = h.emulator.delivered.length;
    expect((await h.post(hello())).status).toBe(200);
    expect(h.emulator.delivered.length).toBeGreaterThan(before);
  });
});
