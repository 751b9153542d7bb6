import {
  canView,
  getLead,
  getOpportunity,
  notFound,
  ok,
  recordTitle,
  ruleBroken,
  type Result,
  type UseCaseContext,
  updateOwnSettings,
} from '@channel-crm/domain/server';
import type { NotificationMode, NotifierState, Preferences } from './state';

/** What GET/PUT /api/me/notifications show and change. */
export type NotificationSettings = {
  mode: NotificationMode;
  digestHour: number;
  /** The user's own time zone (their profile), in which `digestHour` is meant. */
  timeZone: string;
  /** The leads and deals the user hears nothing of. */
  mutedRecordIds: string[];
  /** Those of them the user may still open, named (two reads, however many there are). */
  mutedRecords: MutedRecord[];
};

export type MutedRecord = { id: string; type: 'lead' | 'opportunity'; title: string };

async function settings(
  ctx: UseCaseContext,
  prefs: Preferences,
  timeZone: string,
): Promise<NotificationSettings> {
  const { tenantId } = ctx.actor;
  const ids = prefs.mutedRecordIds;
  const [leads, deals] =
    ids.length === 0
      ? [[], []]
      : await Promise.all([
          ctx.store.leads.getMany(tenantId, ids),
          ctx.store.opportunities.getMany(tenantId, ids),
        ]);
  const mutedRecords = [...leads, ...deals]
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

export async function getNotificationSettings(
  state: NotifierState,
  ctx: UseCaseContext,
): Promise<Result<NotificationSettings>> {
  const { tenantId, userId } = ctx.actor;
  const [prefs, user] = await Promise.all([
    state.preferences.get(tenantId, userId),
    ctx.store.users.get(tenantId, userId),
  ]);
  if (!user) return notFound('user', userId);
  return ok(await settings(ctx, prefs, user.timeZone));
}

export async function setNotificationSettings(
  state: NotifierState,
  ctx: UseCaseContext,
  input: { mode: NotificationMode; digestHour: number; timeZone?: string },
): Promise<Result<NotificationSettings>> {
  const { tenantId, userId } = ctx.actor;
  const { timeZone, ...choice } = input;
  const user = await updateOwnSettings(ctx, { timeZone });
  if (!user.ok) return user;
  const prefs = await state.preferences.update(tenantId, userId, (p) => ({ ...p, ...choice }));
  return ok(await settings(ctx, prefs, user.value.timeZone));
}

/** Muted records kept per user: well inside one stored row (Azure Tables: 64 KiB a property). */
export const MAX_MUTED_RECORDS = 500;

/** Mutes (or unmutes) a lead or deal for the signed-in user; only one they may see. */
export async function setRecordMuted(
  state: NotifierState,
  ctx: UseCaseContext,
  recordType: 'lead' | 'opportunity',
  recordId: string,
  muted: boolean,
): Promise<Result<{ recordId: string; muted: boolean }>> {
  const visible =
    recordType === 'lead' ? await getLead(ctx, recordId) : await getOpportunity(ctx, recordId);
  if (!visible.ok) return visible;
  let full = false;
  await state.preferences.update(ctx.actor.tenantId, ctx.actor.userId, (prefs) => {
    const others = prefs.mutedRecordIds.filter((id) => id !== recordId);
    full = muted && others.length >= MAX_MUTED_RECORDS;
    if (full) return prefs;
    return { ...prefs, mutedRecordIds: muted ? [...others, recordId] : others };
  });
  if (full) {
    return ruleBroken(
      'too_many_muted',
      `You have muted ${MAX_MUTED_RECORDS} leads and deals, the most there can be: unmute some you no longer need first`,
    );
  }
  return ok({ recordId, muted });
}
