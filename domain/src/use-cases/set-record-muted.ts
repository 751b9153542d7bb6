import type { MutableRecordType, MuteState } from '../model/notification-settings';
import { MAX_MUTED_RECORDS, withMuted } from '../rules/muted-records';
import { ok, ruleBroken, type Result } from '../result';
import { getLead } from './get-lead';
import { getOpportunity } from './get-opportunity';
import type { NotificationContext } from './notification-context';

/** Mutes (or unmutes) a lead or deal for the signed-in user; only one they may see. */
export async function setRecordMuted(
  ctx: NotificationContext,
  recordType: MutableRecordType,
  recordId: string,
  muted: boolean,
): Promise<Result<MuteState>> {
  const visible =
    recordType === 'lead' ? await getLead(ctx, recordId) : await getOpportunity(ctx, recordId);
  if (!visible.ok) return visible;
  let full = false;
  await ctx.notifications.preferences.update(ctx.actor.tenantId, ctx.actor.userId, (prefs) => {
    const mutedRecordIds = withMuted(prefs.mutedRecordIds, recordId, muted);
    full = mutedRecordIds === undefined;
    return mutedRecordIds ? { ...prefs, mutedRecordIds } : prefs;
  });
  if (full) {
    return ruleBroken(
      'too_many_muted',
      `You have muted ${MAX_MUTED_RECORDS} leads and deals, the most there can be: unmute some you no longer need first`,
    );
  }
  return ok({ recordId, muted });
}
