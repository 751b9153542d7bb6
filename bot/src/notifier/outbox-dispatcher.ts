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
  /** Asks for a sweep of every pending outbox; calls during a sweep coalesce into one more. */
  kick(): void;
  /** One sweep now (the timer's work). */
  sweep(): Promise<SweepResult>;
  /** Resolves when nothing is being dispatched or waiting to be. */
  idle(): Promise<void>;
};

/**
 * Dispatches the records a write names as soon as it is done, and sweeps every outbox on
 * demand (the timer) for what a crash or a failed dispatch left behind. A record dispatched by
 * both at once costs a second look, not a second card: timeline entries are keyed by event id
 * and deliveries are deduplicated per (event, recipient).
 */
export function createOutboxDispatcher(
  store: CrmStore,
  sink: NotificationSink,
  onError: (error: unknown) => void = (error) => console.error('dispatcher:', error),
): OutboxDispatcher {
  const named = new Map<string, { tenantId: string; recordId: string }>();
  /** Records being dispatched: one record is never dispatched twice at once. */
  const inFlight = new Set<string>();
  const workers = new Set<Promise<void>>();
  let sweeping: Promise<void> | undefined;
  let sweepAgain = false;

  const sweep = () => sweepOutboxes(store, sink, SWEEP_LIMIT);

  const nextNamed = () => [...named].find(([key]) => !inFlight.has(key));

  async function dispatchWhileNamed() {
    for (let next = nextNamed(); next; next = nextNamed()) {
      const [key, { tenantId, recordId }] = next;
      named.delete(key);
      inFlight.add(key);
      try {
        const item = await store.outbox.forRecord(tenantId, recordId);
        if (item) await dispatchRecord(store, item, sink);
      } catch (error) {
        // Left in its outbox: the next sweep delivers it.
        onError(error);
      } finally {
        inFlight.delete(key);
      }
    }
  }

  async function sweepWhileAsked() {
    while (sweepAgain) {
      sweepAgain = false;
      const result = await sweep().catch((error: unknown) => {
        onError(error);
        return undefined;
      });
      for (const failure of result?.failures ?? []) onError(failure.error);
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
  function startSweeping() {
    sweeping ??= sweepWhileAsked().finally(() => {
      sweeping = undefined;
      if (sweepAgain) startSweeping();
    });
  }

  return {
    dispatch(tenantId, recordIds) {
      for (const recordId of recordIds)
        named.set(`${tenantId}|${recordId}`, { tenantId, recordId });
      startDispatching();
    },
    kick() {
      sweepAgain = true;
      startSweeping();
    },
    sweep,
    idle: async () => {
      while (workers.size > 0 || sweeping) await Promise.all([...workers, sweeping]);
    },
  };
}
