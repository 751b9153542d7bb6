import {
  getLead,
  getOpportunity,
  notFound,
  ok,
  type Result,
  type UseCaseContext,
} from '@channel-crm/domain/server';
import type { NotificationMode, NotifierState } from './state';

/** What GET/PUT /api/me/notifications show and change. */
export type NotificationSettings = {
  mode: NotificationMode;
  digestHour: number;
  /** The user's own time zone (their profile), in which `digestHour` is meant. */
  timeZone: string;
};

async function settingsOf(state: NotifierState, ctx: UseCaseContext) {
  const { tenantId, userId } = ctx.actor;
  const [prefs, user] = await Promise.all([
    state.preferences.get(tenantId, userId),
    ctx.store.users.get(tenantId, userId),
  ]);
  return { prefs, user };
}

export async function getNotificationSettings(
  state: NotifierState,
  ctx: UseCaseContext,
): Promise<Result<NotificationSettings>> {
  const { prefs, user } = await settingsOf(state, ctx);
  if (!user) return notFound('user', ctx.actor.userId);
  return ok({ mode: prefs.mode, digestHour: prefs.digestHour, timeZone: user.timeZone });
}

export async function setNotificationSettings(
  state: NotifierState,
  ctx: UseCaseContext,
  input: { mode: NotificationMode; digestHour: number },
): Promise<Result<NotificationSettings>> {
  const { prefs, user } = await settingsOf(state, ctx);
  if (!user) return notFound('user', ctx.actor.userId);
  await state.preferences.put(ctx.actor.tenantId, ctx.actor.userId, { ...prefs, ...input });
  return ok({ ...input, timeZone: user.timeZone });
}

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
  const { tenantId, userId } = ctx.actor;
  const prefs = await state.preferences.get(tenantId, userId);
  const others = prefs.mutedRecordIds.filter((id) => id !== recordId);
  await state.preferences.put(tenantId, userId, {
    ...prefs,
    mutedRecordIds: muted ? [...others, recordId] : others,
  });
  return ok({ recordId, muted });
}
