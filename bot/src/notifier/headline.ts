import type { DomainEvent } from '@channel-crm/domain/server';
import { cardText, type CardText } from '../cards/card-text';

/** A user's display name (or a stand-in when unknown). */
export type NameOf = (userId: string) => Promise<string>;

const str = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

/** The owner a change gave the record, from its data or its recorded field changes. */
const newOwnerOf = (event: DomainEvent) =>
  str(event.data.to) ?? str(event.changes.find((c) => c.field === 'ownerId')?.new);

/**
 * One line saying what happened, above the card a follower receives, in the recipient's
 * language; the people it names are "you" to the recipient they are.
 */
export async function headlineOf(
  event: DomainEvent,
  recipientId: string,
  nameOf: NameOf,
  t: CardText = cardText('en'),
): Promise<string> {
  const actor = await nameOf(event.actorId);
  const record = event.recordType === 'lead' ? 'lead' : 'opportunity';
  const h = t.headline;
  const d = event.data;
  switch (event.type) {
    case 'opportunity.stage_changed':
      return h.stageChanged(actor, str(d.fromStageName), str(d.toStageName));
    case 'opportunity.won':
      return h.won(actor, str(d.reason));
    case 'opportunity.lost':
      return h.lost(actor, str(d.reason));
    case 'opportunity.owner_changed':
    case 'lead.assigned': {
      const owner = newOwnerOf(event);
      if (!owner) return h.ownerChanged(actor, record);
      if (owner === event.actorId) return h.tookOn(actor, record);
      if (owner === recipientId) return h.gaveToYou(actor, record);
      return h.gaveTo(actor, record, await nameOf(owner));
    }
    case 'note.added':
      return h.noteAdded(actor, str(d.excerpt));
    case 'record.subscriber_added': {
      const follower = str(d.userId);
      if (!follower || d.self === true) return h.startedFollowing(actor, record);
      if (follower === recipientId) return h.addedYouAsFollower(actor, record);
      return h.addedFollower(actor, record, await nameOf(follower));
    }
    case 'lead.routed': {
      const rule = str(d.ruleName) ?? '…';
      const owner = str(d.to);
      if (owner === recipientId) return h.routedToYou(rule);
      return h.routed(rule, owner ? await nameOf(owner) : undefined);
    }
    case 'record.duplicate_detected':
      return h.possibleDuplicate(actor, record);
    case 'lead.split': {
      const share = Array.isArray(d.shares)
        ? (d.shares as { userId?: unknown; share?: unknown }[]).find(
            (s) => s.userId === recipientId,
          )?.share
        : undefined;
      return h.split(actor, typeof share === 'number' ? t.percent(share) : undefined);
    }
    default:
      return h.changed(actor, record);
  }
}
