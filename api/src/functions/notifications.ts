import type { InvocationContext } from '@azure/functions';
import { NOTIFICATIONS_QUEUE } from '@channel-crm/bot';
import { app } from './azure-functions';
import { botRuntime } from './messages';
import { insideFunctionsHost } from './registry';

/** The queue trigger: the same handler as the local polling loop. */
export async function sendNotification(message: unknown, context: InvocationContext) {
  const outcome = await (await botRuntime()).notifier.handle(message);
  context.log(`notification ${outcome}`);
}

/** The digest timer: each digest user gets their one card of the day at their local hour. */
export async function sendDigests(_timer: unknown, context: InvocationContext) {
  const sent = await (await botRuntime()).sendDueDigests();
  context.log(`digests queued: ${sent}`);
}

/** The reminder timer: due and overdue task reminders planned for the minutes since its last run. */
export async function sendReminders(_timer: unknown, context: InvocationContext) {
  const run = await (await botRuntime()).sendDueReminders();
  context.log(`reminders: ${run.sent} sent, ${run.held} held, ${run.skipped} skipped`);
}

/** The timer: dispatches outboxes a crash or a failed dispatch left behind. */
export async function sweepOutboxes(_timer: unknown, context: InvocationContext) {
  const result = await (await botRuntime()).dispatcher.sweep();
  for (const f of result.failures) context.error(`outbox of ${f.recordId} failed`, f.error);
}

if (insideFunctionsHost()) {
  app.storageQueue('sendNotification', {
    queueName: NOTIFICATIONS_QUEUE,
    connection: 'AzureWebJobsStorage',
    handler: sendNotification,
  });
  app.timer('sweepOutboxes', { schedule: '0 */1 * * * *', handler: sweepOutboxes });
  app.timer('sendDigests', { schedule: '0 */15 * * * *', handler: sendDigests });
  app.timer('sendReminders', { schedule: '0 */1 * * * *', handler: sendReminders });
}
