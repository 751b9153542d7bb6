import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createNotifier, deliveryKey, type Notifier } from '@channel-crm/bot/notifier';
import { startAzurite, type Azurite } from '../support/azurite';
import {
  startBotConnectorEmulator,
  type BotConnectorEmulator,
} from '../support/bot-connector-emulator';

const tenantId = 'tenant-faults';
const USERS = 100;
const PER_USER = 10;
const senderEntry = fileURLToPath(new URL('../support/sender-process.ts', import.meta.url));

let azurite: Azurite;
let emulator: BotConnectorEmulator;
let notifier: Notifier;
const children = new Set<ChildProcess>();

beforeAll(async () => {
  [azurite, emulator] = await Promise.all([
    startAzurite(),
    startBotConnectorEmulator({
      faults: { extra429: 0.3, serverError: 0.1, retryAfterSeconds: 1 },
    }),
  ]);
  notifier = await createNotifier({ storageConnectionString: azurite.connectionString });
});
afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await emulator?.close();
  await azurite?.close();
});

function startSender(): Promise<ChildProcess> {
  const child = fork(senderEntry, [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, AzureWebJobsStorage: azurite.connectionString },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return new Promise((resolve) => child.once('message', () => resolve(child)));
}

const keyOf = (activity: Record<string, unknown>) => String(activity.text);

it('delivers every (event, recipient) once through faults, two instances and a SIGKILL', async () => {
  const expected = new Set<string>();
  for (let u = 0; u < USERS; u++) {
    const userId = `user-${u}`;
    await notifier.state.conversations.put({
      tenantId,
      userId,
      conversationId: emulator.install(tenantId, userId),
      serviceUrl: emulator.serviceUrl,
      botId: 'bot',
      updatedAt: new Date().toISOString(),
    });
  }
  const sends: Promise<void>[] = [];
  for (let e = 0; e < PER_USER; e++) {
    for (let u = 0; u < USERS; u++) {
      const key = deliveryKey(`event-${e}`, `user-${u}`);
      expected.add(key);
      sends.push(
        notifier.enqueue({
          key,
          tenantId,
          recipientId: `user-${u}`,
          eventId: `event-${e}`,
          recordId: 'deal',
          activity: { type: 'message', text: key },
          attempt: 0,
        }),
      );
    }
  }
  await Promise.all(sends);

  const [first] = await Promise.all([startSender(), startSender()]);
  await emulator.waitFor((d) => d.length >= expected.size * 0.4, 120_000);
  first!.kill('SIGKILL');
  const kills = 1;
  await startSender();
  await emulator.waitFor(
    (d) => new Set(d.map((a) => keyOf(a.activity))).size >= expected.size,
    240_000,
  );

  const keys = emulator.delivered.map((a) => keyOf(a.activity));
  expect(new Set(keys)).toEqual(expected);
  expect(keys.length - expected.size).toBeLessThanOrEqual(kills);
  expect(emulator.counts.violations).toBe(0);
  expect(emulator.counts.injected429).toBeGreaterThan(0);
  expect(emulator.counts.injected5xx).toBeGreaterThan(0);
  expect(await notifier.state.deadLetters.list(tenantId)).toEqual([]);
}, 300_000);
