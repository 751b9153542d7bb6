import { guardAdmin } from '../rules/permissions';
import { notFound, ok, type Result } from '../result';
import type { NotificationContext } from './notification-context';

/** Drops a dead letter that will never be delivered (a poison message, a recipient long gone). */
export async function discardDeadLetter(
  ctx: NotificationContext,
  key: string,
): Promise<Result<void>> {
  const denied = guardAdmin(ctx.actor);
  if (denied) return denied;
  const { tenantId } = ctx.actor;
  const { deadLetters } = ctx.notifications;
  if (!(await deadLetters.get(tenantId, key))) return notFound('dead letter', key);
  await deadLetters.remove(tenantId, key);
  return ok(undefined);
}
