import {
  RecentRecords,
  RecordViewInput,
  type RecentRecord,
  type RecentRecords as RecentRecordList,
} from '../model/recent-records';
import { isNewestViewed, withViewed } from '../rules/recent-records';
import { ok, type Result } from '../result';
import type { KeyedDocument, KeyedDocumentAddress } from '../store/ports';
import type { UseCaseContext } from './context';
import { getRecord } from './get-record';

export { RecordViewInput };

/** One small document per user: a point read to show it, a guarded replace to change it. */
const recentAddress = (tenantId: string, userId: string): KeyedDocumentAddress => ({
  kind: 'recent-records',
  tenantId,
  ownerId: userId,
  key: 'recent-records',
});

const itemsIn = (stored: KeyedDocument | undefined): RecentRecord[] => {
  const parsed = stored ? RecentRecords.safeParse(stored) : undefined;
  return parsed?.success ? parsed.data.items : [];
};

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
  const { tenantId, userId } = ctx.actor;
  const viewed: RecentRecord = {
    type: input.type,
    id: found.value.record.id,
    viewedAt: ctx.clock.now(),
  };
  await ctx.store.keyedDocuments.change(recentAddress(tenantId, userId), (stored) => {
    const items = itemsIn(stored);
    if (isNewestViewed(items, viewed)) return { answer: undefined };
    const next: RecentRecordList = { items: withViewed(items, viewed) };
    return { next, answer: undefined };
  });
  return ok(undefined);
}

/** The actor's recently viewed records as stored, newest first; none before their first view. */
export async function listRecentRecords(ctx: UseCaseContext): Promise<RecentRecord[]> {
  const { tenantId, userId } = ctx.actor;
  return itemsIn(await ctx.store.keyedDocuments.get(recentAddress(tenantId, userId)));
}
