import type { CrmStore } from '../store/ports';
import { dispatchRecord, type NotificationSink } from './dispatch-record';

export type SweepFailure = { tenantId: string; recordId: string; error: unknown };
export type SweepResult = { dispatched: number; failures: SweepFailure[] };

/**
 * Dispatches outboxes a crash (or a failed dispatch) left behind; the timer runs it. One
 * record's failure does not stop the others: it stays pending and is reported.
 */
export async function sweepOutboxes(
  store: CrmStore,
  sink: NotificationSink | undefined,
  limit: number,
): Promise<SweepResult> {
  const pending = await store.outbox.pending(limit);
  const failures: SweepFailure[] = [];
  let dispatched = 0;
  for (const item of pending) {
    try {
      await dispatchRecord(store, item, sink);
      dispatched += 1;
    } catch (error) {
      failures.push({ tenantId: item.tenantId, recordId: item.record.id, error });
    }
  }
  return { dispatched, failures };
}
