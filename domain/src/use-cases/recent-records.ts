import { RecentRecords, RecordViewInput, type RecentRecord } from '../model/recent-records';
import { isNewestViewed, withViewed } from '../rules/recent-records';
import { ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { getRecord } from './get-record';
import { keyedList } from './keyed-list';

export { RecordViewInput };

/** One small document per user: a point read to show it, a guarded replace to change it. */
const recentRecords = keyedList(RecentRecords, (ctx) => ({
  kind: 'recent-records',
  tenantId: ctx.actor.tenantId,
  ownerId: ctx.actor.userId,
  key: 'recent-records',
}));

/**
 * The actor opened a record's page: it goes first in their recently viewed list, once (a merged
 * record as its survivor). Opening the record already first again writes nothing. Only a record
 * they may see is kept, so no other's id lands in their data; whether they still may is asked
 * again when the list is shown.
 */
export async function recordView(
  ctx: UseCaseContext,
  input: RecordViewInput,
): Promise<Result<void>> {
  const found = await getRecord(ctx, input);
  if (!found.ok) return found;
  const viewed: RecentRecord = {
    type: input.type,
    id: found.value.record.id,
    viewedAt: ctx.clock.now(),
  };
  await recentRecords.change(ctx, (items) =>
    isNewestViewed(items, viewed)
      ? { answer: undefined }
      : { items: withViewed(items, viewed), answer: undefined },
  );
  return ok(undefined);
}

/** The actor's recently viewed records as stored, newest first; none before their first view. */
export const listRecentRecords = (ctx: UseCaseContext): Promise<RecentRecord[]> =>
  recentRecords.read(ctx);
