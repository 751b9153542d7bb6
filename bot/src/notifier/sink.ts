import type { CrmRecord, DomainEvent } from '@channel-crm/domain/server';
import { deliveryKey, type Delivery } from './delivery';
import { recipientsOf } from './recipients';
import type { NotifierState } from './state';

export type SinkDeps = {
  state: NotifierState;
  enqueue(delivery: Delivery): Promise<void>;
  maySee(userId: string, record: CrmRecord): Promise<boolean>;
  /** The card activity one recipient gets for one event. */
  render(
    event: DomainEvent,
    record: CrmRecord,
    recipientId: string,
  ): Promise<Record<string, unknown>>;
  /** Keeps the change for the recipient's daily digest instead of a card now. */
  hold(event: DomainEvent, record: CrmRecord, recipientId: string): Promise<void>;
};

/**
 * The dispatcher's notification sink: one queued delivery per (event, recipient). Running it
 * again after a crash enqueues again; the sender's dedupe key makes that harmless.
 */
export function createNotificationSink(deps: SinkDeps) {
  return async (events: DomainEvent[], record: CrmRecord): Promise<void> => {
    for (const event of events) {
      const recipients = await recipientsOf(
        event,
        record,
        (userId) => deps.maySee(userId, record),
        (userId) => deps.state.preferences.get(event.tenantId, userId),
      );
      for (const { userId, mode } of recipients) {
        if (mode === 'digest') {
          await deps.hold(event, record, userId);
          continue;
        }
        await deps.enqueue({
          key: deliveryKey(event.id, userId),
          tenantId: event.tenantId,
          recipientId: userId,
          eventId: event.id,
          recordId: record.id,
          activity: await deps.render(event, record, userId),
          attempt: 0,
        });
      }
    }
  };
}
