import type { DomainEvent } from '../events';
import type { CrmStore, RecordRepository } from '../store/ports';
import { outsideUnitOfWork } from '../store/unit-of-work';

/** Told which records of a tenant got new events in their outbox, right after the write. */
export type CommitListener = (tenantId: string, recordIds: string[]) => void;

/**
 * The store, telling `listener` about every write that put events in an outbox (commits,
 * batches, appended events) so their record can be dispatched at once by a point read; the
 * timer's sweep stays the safety net for what a crash leaves behind.
 */
export function observeCommits(store: CrmStore, listener: CommitListener): CrmStore {
  const tell = (tenantId: string, recordIds: string[]) => {
    // Dispatch runs after the answer, so it is not the request's work.
    if (recordIds.length > 0) outsideUnitOfWork(() => listener(tenantId, recordIds));
  };
  const observed = <R extends RecordRepository<T>, T extends CrmStoreRecord>(repository: R): R => ({
    ...repository,
    async commit(next: T, events: DomainEvent[], options) {
      const result = await repository.commit(next, events, options);
      if (result.ok && events.length > 0) tell(result.value.tenantId, [result.value.id]);
      return result;
    },
  });
  return {
    ...store,
    tenants: observed(store.tenants),
    users: observed(store.users),
    spaces: observed(store.spaces),
    pipelines: observed(store.pipelines),
    leads: observed(store.leads),
    opportunities: observed(store.opportunities),
    accounts: observed(store.accounts),
    contacts: observed(store.contacts),
    async commitBatch(tenantId, writes, commitId, options) {
      const result = await store.commitBatch(tenantId, writes, commitId, options);
      if (result.ok) {
        tell(
          tenantId,
          writes.filter((w) => w.events.length > 0).map((w) => w.doc.id),
        );
      }
      return result;
    },
    activities: {
      ...store.activities,
      async commit(write, commitId) {
        const result = await store.activities.commit(write, commitId);
        if (result.ok && write.events.length > 0) {
          tell(result.value.tenantId, [write.next.record.recordId]);
        }
        return result;
      },
    },
    outbox: {
      ...store.outbox,
      async append(tenantId, recordId, events) {
        const appended = await store.outbox.append(tenantId, recordId, events);
        if (appended) tell(tenantId, [recordId]);
        return appended;
      },
    },
  };
}

type CrmStoreRecord = { id: string; tenantId: string; version: number };
