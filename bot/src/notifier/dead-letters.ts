import {
  forbidden,
  notFound,
  ok,
  ruleBroken,
  type Result,
  type UseCaseContext,
} from '@channel-crm/domain/server';
import { parseDelivery, type Delivery } from './delivery';
import type { DeadLetter, NotifierState } from './state';

const adminsOnly = (ctx: UseCaseContext) =>
  ctx.actor.role === 'admin' ? undefined : forbidden('Only a tenant admin may do this');

/** The tenant's deliveries that kept failing, oldest first. */
export async function listDeadLetters(
  state: NotifierState,
  ctx: UseCaseContext,
): Promise<Result<{ items: DeadLetter[] }>> {
  const denied = adminsOnly(ctx);
  if (denied) return denied;
  return ok({ items: await state.deadLetters.list(ctx.actor.tenantId) });
}

/**
 * Puts a dead letter back on the queue with fresh attempts. It is removed only once queued, so
 * a crash in between leaves it listed; replaying it twice is harmless (the sender dedupes).
 */
export async function replayDeadLetter(
  state: NotifierState,
  enqueue: (delivery: Delivery) => Promise<void>,
  ctx: UseCaseContext,
  key: string,
): Promise<Result<{ key: string }>> {
  const denied = adminsOnly(ctx);
  if (denied) return denied;
  const { tenantId } = ctx.actor;
  const letter = await state.deadLetters.get(tenantId, key);
  if (!letter) return notFound('dead letter', key);
  const delivery = parseDelivery(letter.delivery);
  if (!delivery || delivery.tenantId !== tenantId) {
    return ruleBroken('dead_letter_unreadable', 'This dead letter is not a card delivery');
  }
  await enqueue({ ...delivery, attempt: 0 });
  await state.deadLetters.remove(tenantId, key);
  return ok({ key: delivery.key });
}

/** Drops a dead letter that will never be delivered (a poison message, a recipient long gone). */
export async function discardDeadLetter(
  state: NotifierState,
  ctx: UseCaseContext,
  key: string,
): Promise<Result<void>> {
  const denied = adminsOnly(ctx);
  if (denied) return denied;
  const { tenantId } = ctx.actor;
  if (!(await state.deadLetters.get(tenantId, key))) return notFound('dead letter', key);
  await state.deadLetters.remove(tenantId, key);
  return ok(undefined);
}
