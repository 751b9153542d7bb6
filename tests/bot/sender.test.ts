import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNotifier, deliveryKey, type Notifier } from '@channel-crm/bot/notifier';
import { startAzurite, type Azurite } from '../support/azurite';
import {
  startBotConnectorEmulator,
  type BotConnectorEmulator,
} from '../support/bot-connector-emulator';

const tenantId = 'tenant-sender';
let azurite: Azurite;
let emulator: BotConnectorEmulator;
let notifier: Notifier;

beforeAll(async () => {
  [azurite, emulator] = await Promise.all([startAzurite(), startBotConnectorEmulator()]);
  notifier = await createNotifier({
    storageConnectionString: azurite.connectionString,
    connectorTimeoutMs: 1_000,
    sender: { baseBackoffMs: 50, maxBackoffMs: 200, maxAttempts: 12 },
  });
});
afterAll(async () => {
  await emulator?.close();
  await azurite?.close();
});

async function install(userId: string) {
  const conversationId = emulator.install(tenantId, userId);
  await notifier.state.conversations.put({
    tenantId,
    userId,
    conversationId,
    serviceUrl: emulator.serviceUrl,
    botId: 'bot',
    updatedAt: new Date().toISOString(),
  });
}

const delivery = (eventId: string, recipientId: string) => ({
  key: deliveryKey(eventId, recipientId),
  tenantId,
  recipientId,
  eventId,
  recordId: 'record-1',
  activity: { type: 'message', text: `event ${eventId}` },
  attempt: 0,
});

describe('sender', () => {
  it('delivers a queued card once, even when the same delivery is handled twice', async () => {
    await install('u1');
    const loop = notifier.startLoop({ concurrency: 4 });
    await notifier.enqueue(delivery('e1', 'u1'));
    await notifier.enqueue(delivery('e1', 'u1'));
    await emulator.waitFor((d) => d.some((a) => a.activity.text === 'event e1'));
    await new Promise((r) => setTimeout(r, 500));
    await loop.stop();
    expect(emulator.delivered.filter((a) => a.activity.text === 'event e1')).toHaveLength(1);
    expect(emulator.delivered[0]!.userId).toBe('u1');
  });

  it('sends a card enqueued while the loop waits after an empty queue without waiting it out', async () => {
    await install('u-idle');
    const loop = notifier.startLoop({ concurrency: 4, idleMs: 10 * 60_000 });
    // The loop has found the queue empty and waits.
    await new Promise((r) => setTimeout(r, 1_000));
    await notifier.enqueue(delivery('e-idle', 'u-idle'));
    await emulator.waitFor((d) => d.some((a) => a.activity.text === 'event e-idle'));
    await loop.stop();
    expect(emulator.delivered.filter((a) => a.userId === 'u-idle')).toHaveLength(1);
  });

  it('keeps within the per-conversation limits when one user gets a burst', async () => {
    await install('u2');
    const loop = notifier.startLoop({ concurrency: 16 });
    for (let i = 0; i < 20; i++) await notifier.enqueue(delivery(`burst-${i}`, 'u2'));
    await emulator.waitFor((d) => d.filter((a) => a.userId === 'u2').length === 20, 20_000);
    await loop.stop();
    expect(emulator.counts.violations).toBe(0);
  });

  it('retries 5xx and honours 429 until the card arrives', async () => {
    await install('u3');
    emulator.setFaults({ serverError: 0.3, extra429: 0.3, retryAfterSeconds: 1 });
    const loop = notifier.startLoop({ concurrency: 8 });
    for (let i = 0; i < 10; i++) await notifier.enqueue(delivery(`flaky-${i}`, 'u3'));
    await emulator.waitFor((d) => d.filter((a) => a.userId === 'u3').length === 10, 30_000);
    await loop.stop();
    emulator.setFaults({ serverError: 0, extra429: 0 });
    expect(emulator.counts.injected5xx + emulator.counts.injected429).toBeGreaterThan(0);
    expect(emulator.counts.violations).toBe(0);
  });

  it('dead-letters a delivery that keeps failing, and an admin can replay it', async () => {
    await install('u4');
    emulator.setFaults({ serverError: 1 });
    expect(await notifier.handle(delivery('doomed', 'u4'))).toBe('dead');
    emulator.setFaults({ serverError: 0 });
    const letters = await notifier.state.deadLetters.list(tenantId);
    expect(letters.map((l) => l.key)).toContain(deliveryKey('doomed', 'u4'));
    const letter = await notifier.state.deadLetters.get(tenantId, deliveryKey('doomed', 'u4'));
    expect(await notifier.handle({ ...(letter!.delivery as object), attempt: 0 })).toBe('sent');
    expect(emulator.delivered.filter((a) => a.activity.text === 'event doomed')).toHaveLength(1);
  });
});
