import type { InvocationContext } from '@azure/functions';
import { NOTIFICATIONS_QUEUE } from '@channel-crm/bot';
import {
  DeadLetter,
  DeadLetterKey,
  discardDeadLetter,
  getNotificationSettings,
  listDeadLetters,
  MuteState,
  NotificationSettings,
  NotificationSettingsInput,
  replayDeadLetter,
  setNotificationSettings,
  setRecordMuted,
  type NotificationContext,
  type UseCaseContext,
} from '@channel-crm/domain/server';
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

/** The use-case context the handler built, with the notifier's ports. */
const withNotifications = async (ctx: UseCaseContext): Promise<NotificationContext> => ({
  ...ctx,
  notifications: (await botRuntime()).notifier.ports,
});

const muteRoutes = (type: 'lead' | 'opportunity'): Route[] => {
  const [plural, singular] = type === 'lead' ? ['leads', 'Lead'] : ['opportunities', 'Opportunity'];
  return [
    route(
      `mute${singular}`,
      'POST',
      `/${plural}/{id}/mute`,
      { summary: 'Mute its notifications for yourself', tag: plural, response: MuteState },
      async (ctx, req) => setRecordMuted(await withNotifications(ctx), type, req.params.id, true),
    ),
    route(
      `unmute${singular}`,
      'DELETE',
      `/${plural}/{id}/mute`,
      { summary: 'Hear of its changes again', tag: plural, response: MuteState },
      async (ctx, req) => setRecordMuted(await withNotifications(ctx), type, req.params.id, false),
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
    async (ctx) => listDeadLetters(await withNotifications(ctx)),
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
    async (ctx, req) => replayDeadLetter(await withNotifications(ctx), req.params.key),
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
    async (ctx, req) => discardDeadLetter(await withNotifications(ctx), req.params.key),
  ),
];

/** Rows of the ONE route table: your notification settings and mutes, the admins' dead letters. */
export const notificationRoutes: Route[] = [
  route(
    'getMyNotifications',
    'GET',
    '/me/notifications',
    { summary: 'How you hear of changes', tag: 'me', response: NotificationSettings },
    async (ctx) => getNotificationSettings(await withNotifications(ctx)),
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
    async (ctx, req) => setNotificationSettings(await withNotifications(ctx), req.body),
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
