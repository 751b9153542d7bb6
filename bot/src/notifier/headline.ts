import type { DomainEvent } from '@channel-crm/domain/server';

const str = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

/** One line saying what happened, above the card a follower receives. */
export function headlineOf(event: DomainEvent, actorName: string): string {
  const d = event.data;
  switch (event.type) {
    case 'opportunity.stage_changed':
      return `${actorName} moved this deal from ${str(d.fromStageName) ?? 'its stage'} to ${str(d.toStageName) ?? 'another stage'}`;
    case 'opportunity.won':
      return `${actorName} marked this deal won${str(d.reason) ? `: ${str(d.reason)}` : ''}`;
    case 'opportunity.lost':
      return `${actorName} marked this deal lost${str(d.reason) ? `: ${str(d.reason)}` : ''}`;
    case 'opportunity.owner_changed':
      return `${actorName} changed the owner of this deal`;
    case 'lead.assigned':
      return `${actorName} assigned this lead`;
    case 'note.added':
      return `${actorName} added a note${str(d.excerpt) ? `: ${str(d.excerpt)}` : ''}`;
    case 'record.subscriber_added':
      return `${actorName} added a follower`;
    default:
      return `${actorName} changed this record`;
  }
}
