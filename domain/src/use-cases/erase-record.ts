import type { DomainEventType } from '../events';
import { eraseEvent, eraseTimelineEntry, type Erasure } from '../rules/anonymize';
import { domainEvent, nextVersion } from '../rules/changes';
import type { Result } from '../result';
import type { CrmRecord, RecordRepository } from '../store/ports';
import { repositoryFor } from './commit-record';
import type { UseCaseContext } from './context';

async function eraseTimeline(ctx: UseCaseContext, recordId: string, erasure: Erasure) {
  const entries = await ctx.store.timeline.listAllForRecord(ctx.actor.tenantId, recordId);
  const erased = entries.flatMap((entry) => eraseTimelineEntry(entry, erasure) ?? []);
  await Promise.all(erased.map((entry) => ctx.store.timeline.put(entry)));
}

/**
 * Writes the erased version of a record, erases its pending events and its timeline. The
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
  });
  if (written.ok) await eraseTimeline(ctx, erased.id, erasure);
  return written;
}
