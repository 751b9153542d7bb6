import {
  dispatchRecord,
  sweepOutboxes,
  type CrmStore,
  type NotificationSink,
  type SweepResult,
} from '@channel-crm/domain/server';

export const SWEEP_LIMIT = 100;

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
  let dispatching: Promise<void> | undefined;
  let recovering: Promise<void> | undefined;

  async function sweep(): Promise<SweepResult> {
    const result = await sweepOutboxes(store, sink, limit);
    for (const { tenantId, recordId } of result.failures) {
      failed.set(keyOf({ tenantId, recordId }), { tenantId, recordId });
    }
    return result;
  }

  async function dispatchNamed() {
    for (const [key, record] of named) {
      named.delete(key);
      try {
        const item = await store.outbox.forRecord(record.tenantId, record.recordId);
        if (item) await dispatchRecord(store, item, sink);
      } catch (error) {
        // Left in its outbox: the next kick retries it.
        failed.set(key, record);
        onError(error);
      }
    }
  }

  // A request made while a run was finishing (after its last look, before `finally`) starts
  // the next run, so none is stranded.
  function startDispatching() {
    dispatching ??= dispatchNamed().finally(() => {
      dispatching = undefined;
      if (named.size > 0) startDispatching();
    });
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
      while (dispatching || recovering) await Promise.all([dispatching, recovering]);
    },
  };
}
