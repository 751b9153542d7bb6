import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import {
  getNotificationSettings,
  NOTIFICATIONS_QUEUE,
  parseDelivery,
  setNotificationSettings,
  setRecordMuted,
} from '@channel-crm/bot';
import { z } from 'zod';
import { CORRELATION_HEADER, correlationIdFrom } from '../http/correlation';
import { problem } from '../http/problem';
import { route, type Route } from '../http/route';
import { appServices } from '../services/app-services';
import { app } from './azure-functions';
import { botRuntime } from './messages';
import { insideFunctionsHost, registerHttp } from './registry';

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

export const NotificationSettingsInput = z.strictObject({
  mode: z.enum(['immediate', 'digest']),
  /** The hour of the daily digest in the user's own time zone. */
  digestHour: z.number().int().min(0).max(23),
});
const NotificationSettings = NotificationSettingsInput.extend({ timeZone: z.string() });
const MuteState = z.object({ recordId: z.uuid(), muted: z.boolean() });

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

/** The signed-in user's notification preferences (rows of the ONE route table). */
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
];

async function admin(request: HttpRequest) {
  const correlationId = correlationIdFrom(request.headers.get('traceparent'));
  const services = await appServices();
  const check = await services.validateToken(request.headers.get('authorization'));
  if (!check.ok) return { refusal: problem('unauthorized', check.reason, correlationId) };
  const actor = await services.actors.actorFor(check.identity);
  if (actor.role !== 'admin') {
    return { refusal: problem('forbidden', 'Only a tenant admin may do this', correlationId) };
  }
  return { actor, correlationId };
}

const json = (status: number, body: unknown, correlationId: string): HttpResponseInit => ({
  status,
  headers: { 'content-type': 'application/json', [CORRELATION_HEADER]: correlationId },
  body: JSON.stringify(body),
});

/** GET /api/admin/dead-letters: the tenant's deliveries that kept failing. */
export async function listDeadLetters(request: HttpRequest): Promise<HttpResponseInit> {
  const who = await admin(request);
  if (!who.actor) return who.refusal;
  const letters = await (await botRuntime()).notifier.state.deadLetters.list(who.actor.tenantId);
  return json(200, { items: letters }, who.correlationId);
}

/** POST /api/admin/dead-letters/{key}/replay: back on the queue with fresh attempts. */
export async function replayDeadLetter(request: HttpRequest): Promise<HttpResponseInit> {
  const who = await admin(request);
  if (!who.actor) return who.refusal;
  const { notifier } = await botRuntime();
  const key = request.params.key ?? '';
  const letter = await notifier.state.deadLetters.take(who.actor.tenantId, key);
  const delivery = letter && parseDelivery(letter.delivery);
  if (!delivery) {
    return problem('not_found', `No dead letter ${key}`, who.correlationId);
  }
  await notifier.enqueue({ ...delivery, attempt: 0 });
  return { status: 202, headers: { [CORRELATION_HEADER]: who.correlationId } };
}

registerHttp('listDeadLetters', {
  methods: ['GET'],
  route: 'admin/dead-letters',
  authLevel: 'anonymous',
  handler: listDeadLetters,
});
registerHttp('replayDeadLetter', {
  methods: ['POST'],
  route: 'admin/dead-letters/{key}/replay',
  authLevel: 'anonymous',
  handler: replayDeadLetter,
});

if (insideFunctionsHost()) {
  app.storageQueue('sendNotification', {
    queueName: NOTIFICATIONS_QUEUE,
    connection: 'AzureWebJobsStorage',
    handler: sendNotification,
  });
  app.timer('sweepOutboxes', { schedule: '0 */1 * * * *', handler: sweepOutboxes });
  app.timer('sendDigests', { schedule: '0 */15 * * * *', handler: sendDigests });
}
