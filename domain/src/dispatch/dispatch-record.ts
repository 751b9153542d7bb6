import type { DomainEvent } from '../events';
import type { CrmRecord, CrmStore, OutboxItem } from '../store/ports';
import { belongsOnTimeline, eventEntry } from './event-entry';

/** Computes recipients and enqueues deliveries (the notifier provides it). */
export type NotificationSink = (events: DomainEvent[], record: CrmRecord) => Promise<void>;

/**
 * Takes one record's pending events out of its outbox: writes each to the record's timeline,
 * hands them to the notification sink, then acknowledges them. A failure before the
 * acknowledgement leaves the events in the outbox for the next sweep; running again writes no
 * timeline entry twice (ids are event ids) and the notifier dedupes per event and recipient.
 */
export async function dispatchRecord(
  store: CrmStore,
  item: OutboxItem,
  sink?: NotificationSink,
): Promise<void> {
  if (item.events.length === 0) return;
  await Promise.all(
    item.events.filter(belongsOnTimeline).map((event) => store.timeline.put(eventEntry(event))),
  );
  if (sink) await sink(item.events, item.record);
  await store.outbox.acknowledge(
    item.tenantId,
    item.record,
    item.events.map((e) => e.id),
  );
}
