import type { DomainEventType } from '../events';
import type { Activity } from '../model/activity';
import { eraseEvent, eraseText, eraseTimelineEntry, type Erasure } from '../rules/anonymize';
import { domainEvent, nextVersion } from '../rules/changes';
import type { Result } from '../result';
import type { CrmRecord, RecordRepository } from '../store/ports';
import { activityRecordOf } from './activity-access';
import { holderOf } from '../rules/record-duplicate-keys';
import { repositoryFor } from './commit-record';
import type { UseCaseContext } from './context';

async function eraseTimeline(ctx: UseCaseContext, recordId: string, erasure: Erasure) {
  const entries = await ctx.store.timeline.listAllForRecord(ctx.actor.tenantId, recordId);
  const erased = entries.flatMap((entry) => eraseTimelineEntry(entry, erasure) ?? []);
  await Promise.all(erased.map((entry) => ctx.store.timeline.put(entry)));
}

/** An activity without the person: its title and notes erased, the record's new title. */
function erasedActivity(
  activity: Activity,
  erasure: Erasure,
  recordTitle: string,
): Activity | undefined {
  const title = eraseText(activity.title, erasure);
  const notes = activity.notes === undefined ? undefined : eraseText(activity.notes, erasure);
  if (title === activity.title && notes === activity.notes && recordTitle === activity.record.title)
    return undefined;
  return { ...activity, title, notes, record: { ...activity.record, title: recordTitle } };
}

/**
 * Writes the erased version of a record, erases its pending events, its timeline and its
 * activities (titles and notes that name the person, and the record's title they carry). The
 * timeline is erased before and after the write: the dispatcher may move an event that still
 * held personal data from the outbox to the timeline in between.
 */
export async function eraseRecord<T extends CrmRecord>(
  ctx: UseCaseContext,
  erased: T,
  expectedVersion: number,
  erasure: Erasure,
  eventType: DomainEventType,
): Promise<Result<T>> {
  await eraseTimeline(ctx, erased.id, erasure);
  const next = nextVersion(ctx, erased);
  // The repository of `erased.type` stores exactly T; the lookup cannot say so to TypeScript.
  const repository = repositoryFor(ctx.store, erased.type) as unknown as RecordRepository<T>;
  const written = await repository.commit(next, [domainEvent(ctx, next, eventType)], {
    expectedVersion,
    commitId: ctx.commitId,
    rewritePendingEvents: (pending) => pending.map((e) => eraseEvent(e, erasure)),
    // The person is gone: nothing may find the record by their details any more.
    ...(next.type === 'opportunity' ? {} : { duplicateKeys: { holder: holderOf(next), keys: [] } }),
  });
  if (!written.ok) return written;
  await eraseTimeline(ctx, erased.id, erasure);
  const recordTitle = activityRecordOf(written.value).title;
  await ctx.store.activities.rewriteForRecord(ctx.actor.tenantId, erased.id, (activity) =>
    erasedActivity(activity, erasure, recordTitle),
  );
  return written;
}
