import {
  buildActor,
  canView,
  type CrmRecord,
  type NotificationSink,
} from '@channel-crm/domain/server';
import { attachment } from '../cards/adaptive';
import type { BotServices } from '../bot-services';
import { leadCardFor, opportunityCardFor } from '../views/record-card';
import type { Delivery } from './delivery';
import { headlineOf } from './headline';
import { createNotificationSink } from './sink';

/**
 * The dispatcher's notification sink: for each event, one card per recipient who may see the
 * record (the domain's own permission rule), rendered as that recipient sees it.
 */
export function createCardSink(
  services: BotServices,
  enqueue: (delivery: Delivery) => Promise<void>,
): NotificationSink {
  const actorOf = async (tenantId: string, userId: string) => {
    const actor = await buildActor(services.store, tenantId, userId);
    return actor.ok ? actor.value : undefined;
  };
  return createNotificationSink({
    state: services.state,
    enqueue,
    async maySee(userId, record: CrmRecord) {
      const actor = await actorOf(record.tenantId, userId);
      return actor !== undefined && canView(actor, record);
    },
    async render(event, record, recipientId) {
      const actor = await actorOf(record.tenantId, recipientId);
      const by = await services.store.users.get(event.tenantId, event.actorId);
      const headline = headlineOf(event, by?.name ?? 'Someone');
      const options = { headline, eventId: event.id };
      if (!actor || (record.type !== 'lead' && record.type !== 'opportunity')) {
        throw new Error(`No card for ${record.type} ${record.id} to ${recipientId}`);
      }
      const card =
        record.type === 'lead'
          ? await leadCardFor(services, actor, record, options)
          : await opportunityCardFor(services, actor, record, options);
      return { type: 'message', summary: headline, attachments: [attachment(card)] };
    },
  });
}
