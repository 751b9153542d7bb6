import type { User } from '../model/user';
import { nextVersion } from '../rules/changes';
import { knownLocale, knownTimeZone } from '../rules/client-settings';
import { notFound, ok, type Result } from '../result';
import type { UseCaseContext } from './context';

/**
 * The signed-in user's own locale and time zone, as Teams or their device reports them: daily
 * digests come at their hour, cards write amounts their way. Values that are not a real locale
 * or time zone are ignored; nothing is written when nothing changes, and a concurrent change
 * of the profile wins (the next report tries again).
 */
export async function updateOwnSettings(
  ctx: UseCaseContext,
  reported: { locale?: unknown; timeZone?: unknown },
): Promise<Result<User>> {
  const { tenantId, userId } = ctx.actor;
  const user = await ctx.store.users.get(tenantId, userId);
  if (!user) return notFound('user', userId);
  const locale = knownLocale(reported.locale) ?? user.locale;
  const timeZone = knownTimeZone(reported.timeZone) ?? user.timeZone;
  if (locale === user.locale && timeZone === user.timeZone) return ok(user);
  const saved = await ctx.store.users.commit({ ...nextVersion(ctx, user), locale, timeZone }, [], {
    expectedVersion: user.version,
    commitId: ctx.commitId,
  });
  return saved.ok || saved.error.kind !== 'stale' ? saved : ok(user);
}
