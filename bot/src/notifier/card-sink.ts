import {
  buildActor,
  canView,
  type CrmRecord,
  type DomainEvent,
  recordTitle,
  type NotificationSink,
} from '@channel-crm/domain/server';
import { attachment } from '../cards/adaptive';
import { cardText, type CardText } from '../cards/card-text';
import type { BotServices } from '../bot-services';
import { leadCardFor, opportunityCardFor } from '../views/record-card';
import type { Delivery } from './delivery';
import { headlineOf } from './headline';
import { readOnce } from './read-once';
import { createNotificationSink } from './sink';

/**
 * The dispatcher's notification sink: for each event, one card per recipient who may see the
 * record (the domain's own permission rule), rendered as that recipient sees it.
 */
export function createCardSink(
  services: BotServices,
  enqueue: (delivery: Delivery) => Promise<void>,
): NotificationSink {
  return (events, record) => sinkFor(readOnce(services), enqueue)(events, record);
}

function sinkFor(services: BotServices, enqueue: (delivery: Delivery) => Promise<void>) {
  const actorOf = async (tenantId: string, userId: string) => {
    const actor = await buildActor(services.store, tenantId, userId);
    return actor.ok ? actor.value : undefined;
  };
  /** What a recipient reads is in their own language, as the card under it. */
  const textFor = async (tenantId: string, recipientId: string) =>
    cardText((await services.store.users.get(tenantId, recipientId))?.locale);
  const headline = async (event: DomainEvent, recipientId: string, t: CardText) =>
    headlineOf(
      event,
      recipientId,
      async (userId) => (await services.store.users.get(event.tenantId, userId))?.name ?? t.someone,
      t,
    );
  return createNotificationSink({
    state: services.state,
    enqueue,
    async maySee(userId, record: CrmRecord) {
      const actor = await actorOf(record.tenantId, userId);
      return actor !== undefined && canView(actor, record);
    },
    async render(event, record, recipientId) {
      const actor = await actorOf(record.tenantId, recipientId);
      const t = await textFor(record.tenantId, recipientId);
      const options = { headline: await headline(event, recipientId, t), eventId: event.id };
      if (!actor || (record.type !== 'lead' && record.type !== 'opportunity')) {
        throw new Error(`No card for ${record.type} ${record.id} to ${recipientId}`);
      }
      const card =
        record.type === 'lead'
          ? await leadCardFor(services, actor, record, options)
          : await opportunityCardFor(services, actor, record, options);
      return { type: 'message', summary: options.headline, attachments: [attachment(card)] };
    },
    async hold(event, record, recipientId) {
      if (record.type !== 'lead' && record.type !== 'opportunity') return;
      const t = await textFor(record.tenantId, recipientId);
      const anonymized = record.type === 'lead' && record.anonymizedAt !== undefined;
      await services.state.digests.hold({
        tenantId: record.tenantId,
        userId: recipientId,
        eventId: event.id,
        recordType: record.type,
        recordId: record.id,
        recordTitle: anonymized ? t.anonymizedLead : recordTitle(record),
        headline: await headline(event, recipientId, t),
        at: event.at,
      });
    },
  });
}
