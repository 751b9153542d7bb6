import type { DeliveryQueuePort } from '@channel-crm/domain/server';
import { parseDelivery, type Delivery } from './delivery';

/** Replays put a dead letter's card delivery back on the queue with fresh attempts. */
export const deadLetterRequeue = (
  enqueue: (delivery: Delivery) => Promise<void>,
): DeliveryQueuePort => ({
  async requeue(tenantId, letter) {
    const delivery = parseDelivery(letter.delivery);
    if (!delivery || delivery.tenantId !== tenantId) return undefined;
    await enqueue({ ...delivery, attempt: 0 });
    return delivery.key;
  },
});
