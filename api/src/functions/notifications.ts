import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import { NOTIFICATIONS_QUEUE, parseDelivery } from '@channel-crm/bot';
import { CORRELATION_HEADER, correlationIdFrom } from '../http/correlation';
import { problem } from '../http/problem';
import { appServices } from '../services/app-services';
import { app } from './azure-functions';
import { botRuntime } from './messages';
import { insideFunctionsHost, registerHttp } from './registry';

/** The queue trigger: the same handler as the local polling loop. */
export async function sendNotification(message: unknown, context: InvocationContext) {
  const outcome = await (await botRuntime()).notifier.handle(message);
  context.log(`notification ${outcome}`);
}

/** The timer: dispatches outboxes a crash or a failed dispatch left behind. */
export async function sweepOutboxes(_timer: unknown, context: InvocationContext) {
  const result = await (await botRuntime()).dispatcher.sweep();
  for (const f of result.failures) context.error(`outbox of ${f.recordId} failed`, f.error);
}

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
}
