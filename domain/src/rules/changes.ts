import type { Actor, Clock } from '../actor';
import type { DomainEvent, DomainEventType } from '../events';
import type { DocumentMeta } from '../model/common';
import type { FieldChange, RecordType } from '../model/timeline';

/** What building events and stamping records needs from a use case's context. */
export type ChangeSource = {
  actor: Pick<Actor, 'tenantId' | 'userId'>;
  clock: Clock;
  ids: { uuid(): string };
};

/** The record an event is about: its type, id, space and version after the change. */
export type EventSubject = {
  type: RecordType;
  id: string;
  tenantId: string;
  version: number;
  spaceId?: string;
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Structural equality for field values (strings, numbers, arrays, Money, plain objects). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  }
  if (isObject(a) && isObject(b) && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => sameValue(a[k], b[k]));
  }
  return false;
}

/** The fields that differ between two versions of a record, old → new (who/when live on the event). */
export function diffFields<T extends object>(
  before: T,
  after: T,
  fields: readonly (keyof T & string)[],
): FieldChange[] {
  return fields.flatMap((field) =>
    sameValue(before[field], after[field])
      ? []
      : [{ field, old: before[field] ?? null, new: after[field] ?? null }],
  );
}

/**
 * One domain event for a change to `subject` (pass the record as it will be written, with
 * its new version). The id is fresh, so the timeline and notifications dedupe on it.
 */
export function domainEvent(
  src: ChangeSource,
  subject: EventSubject,
  type: DomainEventType,
  details: { changes?: FieldChange[]; data?: Record<string, unknown> } = {},
): DomainEvent {
  return {
    id: src.ids.uuid(),
    type,
    tenantId: subject.tenantId,
    recordType: subject.type,
    recordId: subject.id,
    ...(subject.spaceId ? { spaceId: subject.spaceId } : {}),
    actorId: src.actor.userId,
    at: src.clock.now(),
    version: subject.version,
    changes: details.changes ?? [],
    data: details.data ?? {},
  };
}

/** The meta fields of a document about to be created (the store sets the schema version). */
export function creationMeta(src: ChangeSource, id: string): DocumentMeta {
  const now = src.clock.now();
  return {
    id,
    tenantId: src.actor.tenantId,
    schemaVersion: 1,
    version: 1,
    createdAt: now,
    createdBy: src.actor.userId,
    updatedAt: now,
    updatedBy: src.actor.userId,
  };
}

/** The record as the next version the actor writes: version + 1, updatedAt/By now. */
export function nextVersion<T extends DocumentMeta>(src: ChangeSource, record: T): T {
  return {
    ...record,
    version: record.version + 1,
    updatedAt: src.clock.now(),
    updatedBy: src.actor.userId,
  };
}
