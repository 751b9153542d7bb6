import type { DomainEvent } from '../events';
import type { RecordType, TimelineEntry } from '../model/timeline';

/** An event of a CRM record (not of a task related to a space), the only kind a timeline has. */
type RecordEvent = DomainEvent & { recordType: RecordType };

/**
 * A note is its own timeline entry; its events exist to notify followers, so they are not
 * written to the timeline a second time. Activities are listed beside the timeline by their
 * own query (planned and done apart), which applies each assignee's task sharing; an entry
 * here would show them to everyone who sees the record.
 */
export const belongsOnTimeline = (event: DomainEvent): event is RecordEvent =>
  event.recordType !== 'space' &&
  !event.type.startsWith('note.') &&
  !event.type.startsWith('activity.');

/** The timeline entry of an event; its id is the event id, so writing it again changes nothing. */
export function eventEntry(event: RecordEvent): TimelineEntry {
  return {
    type: 'timeline',
    id: event.id,
    tenantId: event.tenantId,
    schemaVersion: 1,
    version: 1,
    createdAt: event.at,
    createdBy: event.actorId,
    updatedAt: event.at,
    updatedBy: event.actorId,
    recordType: event.recordType,
    recordId: event.recordId,
    kind: 'event',
    at: event.at,
    actorId: event.actorId,
    eventType: event.type,
    changes: event.changes,
  };
}
