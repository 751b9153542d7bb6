import { guardAdmin } from '../rules/permissions';
import { notFound, ok, ruleBroken, type Result } from '../result';
import type { NotificationContext } from './notification-context';

/**
 * Puts a dead letter back on the queue with fresh attempts. It is removed only once queued, so
 * a crash in between leaves it listed; replaying it twice is harmless (the sender dedupes).
 */
export async function replayDeadLetter(
  ctx: NotificationContext,
  key: string,
): Promise<Result<{ key: string }>> {
  const denied = guardAdmin(ctx.actor);
  if (denied) return denied;
  const { tenantId } = ctx.actor;
  const { deadLetters, deliveries } = ctx.notifications;
  const letter = await deadLetters.get(tenantId, key);
  if (!letter) return notFound('dead letter', key);
  const queued = await deliveries.requeue(tenantId, letter);
  if (queued === undefined) {
    return ruleBroken('dead_letter_unreadable', 'This dead letter is not a card delivery');
  }
  await deadLetters.remove(tenantId, key);
  return ok({ key: queued });
}
