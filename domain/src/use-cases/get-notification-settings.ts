import type { NotificationSettings } from '../model/notification-settings';
import { notFound, ok, type Result } from '../result';
import type { NotificationContext } from './notification-context';
import { notificationSettingsView } from './notification-settings-view';

/** How the signed-in user hears of changes, and what they muted. */
export async function getNotificationSettings(
  ctx: NotificationContext,
): Promise<Result<NotificationSettings>> {
  const { tenantId, userId } = ctx.actor;
  const [prefs, user] = await Promise.all([
    ctx.notifications.preferences.get(tenantId, userId),
    ctx.store.users.get(tenantId, userId),
  ]);
  if (!user) return notFound('user', userId);
  return ok(await notificationSettingsView(ctx, prefs, user.timeZone));
}
