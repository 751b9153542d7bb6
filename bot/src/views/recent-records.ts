import {
  listRecentRecords,
  type FoundRecord,
  type UseCaseContext,
} from '@channel-crm/domain/server';
import { readRecord } from './read-record';

/**
 * The records the actor opened last in the tab, newest first, read again as they may see them
 * now: one they may no longer see, or a deleted one, is left out; a merged one is its survivor,
 * shown once.
 */
export async function recentlyViewed(ctx: UseCaseContext): Promise<FoundRecord[]> {
  const recent = await listRecentRecords(ctx);
  const read = await Promise.all(recent.map((ref) => readRecord(ctx, ref)));
  const shown = new Set<string>();
  return read.filter((found): found is FoundRecord => {
    if (!found) return false;
    const key = `${found.type}:${found.record.id}`;
    if (shown.has(key)) return false;
    shown.add(key);
    return true;
  });
}
