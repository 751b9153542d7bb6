import type { InvocationContext } from '@azure/functions';
import {
  discardDeadLetter,
  getNotificationSettings,
  listDeadLetters,
  NOTIFICATIONS_QUEUE,
  replayDeadLetter,
  setNotificationSettings,
  setRecordMuted,
} from '@channel-crm/bot';
import { knownTimeZone } from '@channel-crm/domain';
import { z } from 'zod';
import { route, type Route } from '../http/route';
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

/** The timer: dispatches outboxes a crash or a failed dispatch left behind. */
export async function sweepOutboxes(_timer: unknown, context: InvocationContext) {
  const result = await (await botRuntime()).dispatcher.sweep();
  for (const f of result.failures) context.error(`outbox of ${f.recordId} failed`, f.error);
}

const notifierState = async () => (await botRuntime()).notifier.state;

const DeliveryChoice = {
  mode: z.enum(['immediate', 'digest']),
  /** The hour of the daily digest in the user's own time zone. */
  digestHour: z.number().int().min(0).max(23),
};
export const NotificationSettingsInput = z.strictObject({
  ...DeliveryChoice,
  timeZone: z
    .string()
    .refine((zone) => knownTimeZone(zone) !== undefined, 'expected an IANA time zone')
    .optional()
    .describe('Your time zone, e.g. the device’s, in which the digest hour is meant'),
});
const NotificationSettings = z.object({
  ...DeliveryChoice,
  timeZone: z.string(),
  mutedRecordIds: z
    .array(z.uuid())
    .describe('The leads and deals you hear nothing of (POST/DELETE …/{id}/mute change it)'),
  mutedRecords: z
    .array(z.object({ id: z.uuid(), type: z.enum(['lead', 'opportunity']), title: z.string() }))
    .describe('Those of them you may still open, with what they are called'),
});
const MuteState = z.object({ recordId: z.uuid(), muted: z.boolean() });

/** `${eventId}:${recipientId}`, or a poison message's key: not a UUID. */
const DeadLetterKey = z.string().min(1).max(200);
const DeadLetter = z.object({
  key: DeadLetterKey,
  reason: z.string(),
  at: z.iso.datetime(),
  /** The queued delivery as it failed, with the card it carried. */
  delivery: z.unknown(),
});

const muteRoutes = (type: 'lead' | 'opportunity'): Route[] => {
  const [plural, singular] = type === 'lead' ? ['leads', 'Lead'] : ['opportunities', 'Opportunity'];
  return [
    route(
      `mute${singular}`,
      'POST',
      `/${plural}/{id}/mute`,
      { summary: 'Mute its notifications for yourself', tag: plural, response: MuteState },
      async (ctx, req) => setRecordMuted(await notifierState(), ctx, type, req.params.id, true),
    ),
    route(
      `unmute${singular}`,
      'DELETE',
      `/${plural}/{id}/mute`,
      { summary: 'Hear of its changes again', tag: plural, response: MuteState },
      async (ctx, req) => setRecordMuted(await notifierState(), ctx, type, req.params.id, false),
    ),
  ];
};

const deadLetterRoutes: Route[] = [
  route(
    'listDeadLetters',
    'GET',
    '/admin/dead-letters',
    {
      summary: "The tenant's card deliveries that kept failing",
      tag: 'admin',
      auth: 'admin',
      response: z.object({ items: z.array(DeadLetter) }),
    },
    async (ctx) => listDeadLetters(await notifierState(), ctx),
  ),
  route(
    'replayDeadLetter',
    'POST',
    '/admin/dead-letters/{key}/replay',
    {
      summary: 'Queue a dead letter again with fresh attempts',
      tag: 'admin',
      auth: 'admin',
      params: { key: DeadLetterKey },
      response: z.object({ key: DeadLetterKey.describe('The re-queued delivery') }),
    },
    async (ctx, req) => {
      const { notifier } = await botRuntime();
      return replayDeadLetter(notifier.state, (d) => notifier.enqueue(d), ctx, req.params.key);
    },
  ),
  route(
    'discardDeadLetter',
    'DELETE',
    '/admin/dead-letters/{key}',
    {
      summary: 'Drop a dead letter that will never be delivered',
      tag: 'admin',
      auth: 'admin',
      params: { key: DeadLetterKey },
      status: 204,
    },
    async (ctx, req) => discardDeadLetter(await notifierState(), ctx, req.params.key),
  ),
];

/** Rows of the ONE route table: your notification settings and mutes, the admins' dead letters. */
export const notificationRoutes: Route[] = [
  route(
    'getMyNotifications',
    'GET',
    '/me/notifications',
    { summary: 'How you hear of changes', tag: 'me', response: NotificationSettings },
    async (ctx) => getNotificationSettings(await notifierState(), ctx),
  ),
  route(
    'setMyNotifications',
    'PUT',
    '/me/notifications',
    {
      summary: 'Cards at once or one daily digest at an hour of your own time zone',
      tag: 'me',
      body: NotificationSettingsInput,
      response: NotificationSettings,
    },
    async (ctx, req) => setNotificationSettings(await notifierState(), ctx, req.body),
  ),
  ...muteRoutes('lead'),
  ...muteRoutes('opportunity'),
  ...deadLetterRoutes,
];

if (insideFunctionsHost()) {
  app.storageQueue('sendNotification', {
    queueName: NOTIFICATIONS_QUEUE,
    connection: 'AzureWebJobsStorage',
    handler: sendNotification,
  });
  app.timer('sweepOutboxes', { schedule: '0 */1 * * * *', handler: sweepOutboxes });
  app.timer('sendDigests', { schedule: '0 */15 * * * *', handler: sendDigests });
}
