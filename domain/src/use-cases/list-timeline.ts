import { ListTimelineInput, type RecordType, type TimelineEntry } from '../model/timeline';
import { ok, type Result } from '../result';
import type { Page } from '../store/ports';
import type { UseCaseContext } from './context';
import { visibleRecord } from './visible-record';

/**
 * A record's timeline, newest first: notes and the events the dispatcher wrote (with their
 * field changes: who, when, old → new). Deleted notes are left out, so a page may be short.
 */
export async function listTimeline(
  ctx: UseCaseContext,
  recordType: RecordType,
  recordId: string,
  input: ListTimelineInput,
): Promise<Result<Page<TimelineEntry>>> {
  const record = await visibleRecord(ctx, recordType, recordId);
  if (!record.ok) return record;
  const page = await ctx.store.timeline.listForRecord(ctx.actor.tenantId, record.value.id, input);
  return ok({ ...page, items: page.items.filter((entry) => !entry.deletedAt) });
}
