import type { DomainEvent } from '@channel-crm/domain/server';

/** A user's display name (or a stand-in when unknown). */
export type NameOf = (userId: string) => Promise<string>;

const str = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

/** The owner a change gave the record, from its data or its recorded field changes. */
const newOwnerOf = (event: DomainEvent) =>
  str(event.data.to) ?? str(event.changes.find((c) => c.field === 'ownerId')?.new);

/**
 * One line saying what happened, above the card a follower receives; the people it names are
 * "you" to the recipient they are.
 */
export async function headlineOf(
  event: DomainEvent,
  recipientId: string,
  nameOf: NameOf,
): Promise<string> {
  const who = (userId: string) => (userId === recipientId ? 'you' : nameOf(userId));
  const actor = await nameOf(event.actorId);
  const record = event.recordType === 'lead' ? 'lead' : 'deal';
  const d = event.data;
  switch (event.type) {
    case 'opportunity.stage_changed':
      return `${actor} moved this deal from ${str(d.fromStageName) ?? 'its stage'} to ${str(d.toStageName) ?? 'another stage'}`;
    case 'opportunity.won':
      return `${actor} marked this deal won${str(d.reason) ? `: ${str(d.reason)}` : ''}`;
    case 'opportunity.lost':
      return `${actor} marked this deal lost${str(d.reason) ? `: ${str(d.reason)}` : ''}`;
    case 'opportunity.owner_changed':
    case 'lead.assigned': {
      const owner = newOwnerOf(event);
      if (!owner) return `${actor} changed the owner of this ${record}`;
      if (owner === event.actorId) return `${actor} took this ${record} on`;
      return `${actor} gave this ${record} to ${await who(owner)}`;
    }
    case 'note.added':
      return `${actor} added a note${str(d.excerpt) ? `: ${str(d.excerpt)}` : ''}`;
    case 'record.subscriber_added': {
      const follower = str(d.userId);
      if (!follower || d.self === true) return `${actor} started following this ${record}`;
      return `${actor} added ${await who(follower)} as a follower of this ${record}`;
    }
    default:
      return `${actor} changed this ${record}`;
  }
}
