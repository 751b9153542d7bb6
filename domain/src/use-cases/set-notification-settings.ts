import type {
  NotificationSettings,
  NotificationSettingsInput,
} from '../model/notification-settings';
import { ok, type Result } from '../result';
import type { NotificationContext } from './notification-context';
import { notificationSettingsView } from './notification-settings-view';
import { updateOwnSettings } from './update-own-settings';

/** Cards at once or one daily digest at an hour of the user's own (optionally new) time zone. */
export async function setNotificationSettings(
  ctx: NotificationContext,
  input: NotificationSettingsInput,
): Promise<Result<NotificationSettings>> {
  const { tenantId, userId } = ctx.actor;
  const { timeZone, ...choice } = input;
  const user = await updateOwnSettings(ctx, { timeZone });
  if (!user.ok) return user;
  const prefs = await ctx.notifications.preferences.update(tenantId, userId, (p) => ({
    ...p,
    ...choice,
  }));
  return ok(await notificationSettingsView(ctx, prefs, user.value.timeZone));
}
