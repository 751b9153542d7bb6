import type { DeadLetter } from '../model/dead-letter';
import { guardAdmin } from '../rules/permissions';
import { ok, type Result } from '../result';
import type { NotificationContext } from './notification-context';

/** The tenant's deliveries that kept failing, oldest first. */
export async function listDeadLetters(
  ctx: NotificationContext,
): Promise<Result<{ items: DeadLetter[] }>> {
  const denied = guardAdmin(ctx.actor);
  if (denied) return denied;
  return ok({ items: await ctx.notifications.deadLetters.list(ctx.actor.tenantId) });
}
