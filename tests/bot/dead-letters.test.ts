import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliveryKey } from '@channel-crm/bot';
import { demoUser } from '../support/demo-data';
import { startBotHarness, type BotHarness } from '../support/bot-harness';

let h: BotHarness;
const admin = demoUser('Claire Dubois');
const seller = demoUser('Élodie Martin');
const key = deliveryKey('event-unreachable', seller.id);

beforeAll(async () => {
  h = await startBotHarness();
  // Élodie never installed the app: the sender cannot reach her and dead-letters the card.
  const outcome = await h.runtime.notifier.handle({
    key,
    tenantId: seller.tenantId,
    recipientId: seller.id,
    eventId: 'event-unreachable',
    recordId: 'deal',
    activity: { type: 'message', text: 'a card for Élodie' },
    attempt: 0,
  });
  expect(outcome).toBe('dead');
}, 120_000);
afterAll(() => h?.close());

const asUser = async (userId: string) => h.t.tokenFor(userId);

describe('dead letters for admins', () => {
  it('lists them to an admin of the tenant only', async () => {
    const listed = await h.t.request('GET', '/admin/dead-letters', {
      token: await asUser(admin.id),
    });
    expect(listed.status).toBe(200);
    expect((listed.body as { items: { key: string }[] }).items.map((l) => l.key)).toEqual([key]);
    const refused = await h.t.request('GET', '/admin/dead-letters', {
      token: await asUser(seller.id),
    });
    expect(refused.status).toBe(403);
    expect((await h.t.request('GET', '/admin/dead-letters')).status).toBe(401);
  });

  it('replays one: the card arrives once the recipient can be reached', async () => {
    const conversationId = h.emulator.install(seller.tenantId, seller.id);
    await h.runtime.notifier.state.conversations.put({
      tenantId: seller.tenantId,
      userId: seller.id,
      conversationId,
      serviceUrl: h.emulator.serviceUrl,
      botId: 'bot',
      updatedAt: new Date().toISOString(),
    });
    const path = `/admin/dead-letters/${encodeURIComponent(key)}/replay`;
    expect((await h.t.request('POST', path, { token: await asUser(seller.id) })).status).toBe(403);
    const replayed = await h.t.request('POST', path, { token: await asUser(admin.id) });
    expect(replayed.status).toBe(200);
    expect(replayed.body).toEqual({ key });
    await h.emulator.waitFor((d) => d.some((a) => a.activity.text === 'a card for Élodie'));
    expect(await h.runtime.notifier.state.deadLetters.list(seller.tenantId)).toEqual([]);
    const again = await h.t.request('POST', path, { token: await asUser(admin.id) });
    expect(again.status).toBe(404);
  });

  it('discards one for good, to an admin only', async () => {
    const poison = `poison:${crypto.randomUUID()}`;
    await h.runtime.notifier.state.deadLetters.put(seller.tenantId, {
      key: poison,
      reason: 'not a delivery',
      at: new Date().toISOString(),
      delivery: 'garbage',
    });
    const path = `/admin/dead-letters/${encodeURIComponent(poison)}`;
    expect((await h.t.request('DELETE', path, { token: await asUser(seller.id) })).status).toBe(
      403,
    );
    expect((await h.t.request('DELETE', path, { token: await asUser(admin.id) })).status).toBe(204);
    const keys = (await h.runtime.notifier.state.deadLetters.list(seller.tenantId)).map(
      (l) => l.key,
    );
    expect(keys).not.toContain(poison);
    expect((await h.t.request('DELETE', path, { token: await asUser(admin.id) })).status).toBe(404);
  });
});
