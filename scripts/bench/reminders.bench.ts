// Reminder dispatch: 1,000 tasks due in the same minute, from the reminder timer's run to the
// cards at the Bot Connector emulator, in cards/s as a ratio of the notifier's ceiling (Teams'
// per app per tenant limit, the sender's TENANT_WINDOWS: the binding one, as in
// notifier.bench.ts), and how long the timer's own run takes to put them on the queue.
import { createBotRuntime, createNotifier, remindersOf, TENANT_WINDOWS } from '@channel-crm/bot';
import { randomIds } from '@channel-crm/domain/server';
import { bulkCreate, startTestStore } from '@channel-crm/domain/testing';
import { startAzurite } from '../local/notifications';
import { installFor, startEmulator } from './bot-connector';
import type { BenchFigure } from './figure';

const TASKS = 1_000;
/** Ten tasks each: the per-conversation limits stay far from binding. */
const ASSIGNEES = 100;
const DUE_AT = '2026-03-02T09:00:00.000Z';
const PLANNED_AT = '2026-03-01T12:00:00.000Z';

const meta = (tenantId: string, id: string) => ({
  id,
  tenantId,
  schemaVersion: 1,
  version: 1,
  createdAt: PLANNED_AT,
  createdBy: 'seed',
  updatedAt: PLANNED_AT,
  updatedBy: 'seed',
});

/** Users and their due tasks, straight into the container in bulk. */
function seedDocuments(tenantId: string) {
  const users = Array.from({ length: ASSIGNEES }, (_, i) => ({
    ...meta(tenantId, `user-${i}`),
    type: 'user',
    name: `Seller ${i}`,
    email: `seller${i}@example.com`,
    role: 'seller',
    spaceIds: ['bench-space'],
    timeZone: 'Europe/Paris',
    locale: 'en',
  }));
  const tasks = Array.from({ length: TASKS }, (_, i) => ({
    ...meta(tenantId, `task-${i}`),
    type: 'activity',
    typeId: 'call',
    kind: 'call',
    title: `Call back customer ${i}`,
    dueAt: DUE_AT,
    allDay: false,
    durationMinutes: 30,
    assigneeId: `user-${i % ASSIGNEES}`,
    state: 'planned',
    record: {
      recordType: 'opportunity',
      recordId: 'bench-deal',
      spaceId: 'bench-space',
      title: 'Bench deal',
    },
  }));
  return { users, tasks };
}

export async function run(): Promise<BenchFigure[]> {
  const [test, azurite, emulator] = await Promise.all([
    startTestStore(),
    startAzurite(),
    startEmulator(),
  ]);
  try {
    const tenantId = `bench-${crypto.randomUUID()}`;
    const { users, tasks } = seedDocuments(tenantId);
    await bulkCreate(test.container, [...users, ...tasks]);
    const notifier = await createNotifier({ storageConnectionString: azurite.connectionString });
    for (const user of users) await installFor(notifier, emulator, tenantId, user.id);
    // What dispatching the tasks' `activity.created` events planned (planReminders).
    await notifier.state.reminders.plan(
      tasks.flatMap((task) => remindersOf(task, 'Europe/Paris', PLANNED_AT)),
    );
    const runtime = createBotRuntime({
      store: test.store,
      clock: { now: () => DUE_AT },
      ids: randomIds,
      notifier,
      auth: {},
      tab: { appId: 'bench', entityId: 'my-crm' },
    });
    const loop = notifier.startLoop({ concurrency: 64 });
    const before = emulator.delivered.length;
    const started = Date.now();
    const queued = await runtime.sendDueReminders();
    const runMs = Date.now() - started;
    await emulator.waitFor((d) => d.length - before >= TASKS, 300_000);
    await loop.stop();
    const last = Math.max(...emulator.delivered.slice(before).map((d) => d.at));
    const rate = TASKS / ((last - started) / 1000);
    const [tenantWindow] = TENANT_WINDOWS;
    const ceiling = tenantWindow!.max / (tenantWindow!.ms / 1000);
    return [
      { name: 'reminders.queued', value: queued.sent, unit: 'count' },
      { name: 'reminders.timer_run_ms', value: runMs, unit: 'ms' },
      { name: 'reminders.rate', value: Math.round(rate * 10) / 10, unit: 'cards/s' },
      {
        name: 'reminders.rate_ratio_to_max',
        value: Math.round((rate / ceiling) * 1000) / 1000,
        unit: 'x',
      },
      { name: 'reminders.limit_violations', value: emulator.counts.violations, unit: 'count' },
    ];
  } finally {
    await emulator.close();
    await azurite.close();
    await test.close();
  }
}
