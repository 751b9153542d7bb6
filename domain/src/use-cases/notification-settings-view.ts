import type { NotificationPreferences, NotificationSettings } from '../model/notification-settings';
import { canView } from '../rules/permissions';
import { recordTitle } from '../rules/record-title';
import type { UseCaseContext } from './context';

/** The settings as the user sees them: muted records they may still open are named (two reads). */
export async function notificationSettingsView(
  ctx: UseCaseContext,
  prefs: NotificationPreferences,
  timeZone: string,
): Promise<NotificationSettings> {
  const { tenantId } = ctx.actor;
  const ids = prefs.mutedRecordIds;
  const [leads, opportunities] =
    ids.length === 0
      ? [[], []]
      : await Promise.all([
          ctx.store.leads.getMany(tenantId, ids),
          ctx.store.opportunities.getMany(tenantId, ids),
        ]);
  const mutedRecords = [...leads, ...opportunities]
    .filter((record) => canView(ctx.actor, record))
    .map((record) => ({ id: record.id, type: record.type, title: recordTitle(record) }));
  return {
    mode: prefs.mode,
    digestHour: prefs.digestHour,
    timeZone,
    mutedRecordIds: ids,
    mutedRecords,
  };
}
