import {
  dispatchRecord,
  sweepOutboxes,
  type CrmStore,
  type NotificationSink,
  type SweepResult,
} from '@channel-crm/domain/server';

export const SWEEP_LIMIT = 100;
/** Records dispatched at once after writes. */
export const DISPATCH_CONCURRENCY = 8;

export type OutboxDispatcher = {
  /**
   * Call right after a write put events in these records' outboxes: each is dispatched soon by
   * a point read, once even when several writes name it meanwhile.
   */
  dispatch(tenantId: string, recordIds: string[]): void;
  /**
   * Retries, by point reads, the records whose dispatch failed (at most `limit` of them a
   * call): the local timer's tick, bounded work that never queries the container.
   */
  kick(): void;
  /** One sweep of the pending outboxes now, by a query (Azure's timer, and `recover`). */
  sweep(): Promise<SweepResult>;
  /**
   * Sweeps until no pending outbox is left: run once at start, it delivers what a crash
   * between a commit and its dispatch left behind.
   */
  recover(): Promise<void>;
  /** Resolves when nothing is being dispatched or waiting to be. */
  idle(): Promise<void>;
};

/**
 * Dispatches the records a write names as soon as it is done, and retries those whose dispatch
 * failed on demand (the timer). What a crash left behind is found by a sweep (a query: Azure's
 * timer on Cosmos DB, where it is served by the index, and `recover` at a local start), so
 * nothing that runs beside the writes scans the container. A record dispatched twice at once
 * costs a second look, not a second card: timeline entries are keyed by event id and
 * deliveries are deduplicated per (event, recipient).
 */
export function createOutboxDispatcher(
  store: CrmStore,
  sink: NotificationSink,
  onError: (error: unknown) => void = (error) => console.error('dispatcher:', error),
  limit = SWEEP_LIMIT,
): OutboxDispatcher {
  type Named = { tenantId: string; recordId: string };
  const keyOf = ({ tenantId, recordId }: Named) => `${tenantId}|${recordId}`;
  const named = new Map<string, Named>();
  /** Left in their outboxes by a failed dispatch, for the next `kick`. */
  const failed = new Map<string, Named>();
  /** Records being dispatched: one record is never dispatched twice at once. */
  const inFlight = new Set<string>();
  const workers = new Set<Promise<void>>();
  let recovering: Promise<void> | undefined;

  async function sweep(): Promise<SweepResult> {
    const result = await sweepOutboxes(store, sink, limit);
    for (const { tenantId, recordId } of result.failures) {
      failed.set(keyOf({ tenantId, recordId }), { tenantId, recordId });
    }
    return result;
  }

  const nextNamed = () => [...named].find(([key]) => !inFlight.has(key));

  async function dispatchWhileNamed() {
    for (let next = nextNamed(); next; next = nextNamed()) {
      const [key, record] = next;
      named.delete(key);
      inFlight.add(key);
      try {
        const item = await store.outbox.forRecord(record.tenantId, record.recordId);
        if (item) await dispatchRecord(store, item, sink);
      } catch (error) {
        // Left in its outbox: the next kick retries it.
        failed.set(key, record);
        onError(error);
      } finally {
        inFlight.delete(key);
      }
    }
  }

  // Records are dispatched side by side (many users write at once), up to a bound. A request
  // made while a worker was finishing (after its last look, before `finally`) starts another,
  // so none is stranded.
  function startDispatching() {
    const waiting = () => [...named.keys()].filter((key) => !inFlight.has(key)).length;
    // Workers not holding a record are about to take one of the waiting.
    while (workers.size < DISPATCH_CONCURRENCY && workers.size - inFlight.size < waiting()) {
      const worker: Promise<void> = dispatchWhileNamed().finally(() => {
        workers.delete(worker);
        if (named.size > 0) startDispatching();
      });
      workers.add(worker);
    }
  }

  return {
    dispatch(tenantId, recordIds) {
      for (const recordId of recordIds) {
        const record = { tenantId, recordId };
        named.set(keyOf(record), record);
      }
      startDispatching();
    },
    kick() {
      let taken = 0;
      for (const [key, record] of failed) {
        if (taken === limit) break;
        failed.delete(key);
        named.set(key, record);
        taken += 1;
      }
      if (taken > 0) startDispatching();
    },
    sweep,
    recover() {
      recovering ??= (async () => {
        for (;;) {
          const { dispatched, failures } = await sweep();
          for (const failure of failures) onError(failure.error);
          // A full page may hide more; a page of failures only would be read again and again.
          if (dispatched === 0 || dispatched + failures.length < limit) return;
        }
      })().finally(() => {
        recovering = undefined;
      });
      return recovering;
    },
    idle: async () => {
      while (workers.size > 0 || recovering) await Promise.all([...workers, recovering]);
    },
  };
}
