import type { DomainEvent } from '../events';
import type { Contact } from '../model/contact';
import { LEAD_PERSONAL_FIELDS, type Lead } from '../model/lead';
import type { FieldChange, TimelineEntry } from '../model/timeline';
import { ok, type Result } from '../result';

/**
 * Anonymize erases a person's data everywhere it was copied — the record's fields, its field
 * history, its timeline and its pending events — and keeps what statistics need: status,
 * source, dates, amounts, tags, company and the links to other records. Notes stay (they are
 * the team's own words) with every personal value in them replaced by ERASED.
 */

export const ERASED = '[erased]';

export const CONTACT_PERSONAL_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'jobTitle',
] as const;

/** What was personal in a record: the fields, and the values to hunt down in free text. */
export type Erasure = { fields: readonly string[]; values: string[] };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The personal values of a record, whole names first so they go before their parts. */
export function erasureOf(
  record: Partial<Record<string, unknown>>,
  fields: readonly string[],
): Erasure {
  const parts = fields
    .map((f) => record[f])
    .filter((v): v is string => typeof v === 'string' && v.trim().length >= 2 && v !== ERASED);
  const name = [record.firstName, record.lastName].filter((v) => typeof v === 'string').join(' ');
  const values = [...new Set([name, ...parts].filter((v) => v.trim().length >= 2))];
  return { fields, values: values.sort((a, b) => b.length - a.length) };
}

export function eraseText(text: string, erasure: Erasure): string {
  return erasure.values.reduce(
    (t, value) => t.replace(new RegExp(escape(value), 'gi'), ERASED),
    text,
  );
}

/** Strings anywhere in a value (event data, change values) with personal values replaced. */
export function eraseValue(value: unknown, erasure: Erasure): unknown {
  if (typeof value === 'string') return eraseText(value, erasure);
  if (Array.isArray(value)) return value.map((v) => eraseValue(v, erasure));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, eraseValue(v, erasure)]));
  }
  return value;
}

const eraseField = (v: unknown) => (v === null || v === undefined ? v : ERASED);

export function eraseChanges(changes: FieldChange[], erasure: Erasure): FieldChange[] {
  return changes.map((c) =>
    erasure.fields.includes(c.field)
      ? { field: c.field, old: eraseField(c.old), new: eraseField(c.new) }
      : { field: c.field, old: eraseValue(c.old, erasure), new: eraseValue(c.new, erasure) },
  );
}

export function eraseEvent(event: DomainEvent, erasure: Erasure): DomainEvent {
  return {
    ...event,
    changes: eraseChanges(event.changes, erasure),
    data: eraseValue(event.data, erasure) as Record<string, unknown>,
  };
}

/** The entry with personal values gone, or undefined when it held none. */
export function eraseTimelineEntry(
  entry: TimelineEntry,
  erasure: Erasure,
): TimelineEntry | undefined {
  const next: TimelineEntry = {
    ...entry,
    ...(entry.text === undefined ? {} : { text: eraseText(entry.text, erasure) }),
    changes: eraseChanges(entry.changes, erasure),
  };
  return JSON.stringify(next) === JSON.stringify(entry) ? undefined : next;
}

/** Erases a lead's personal fields; anonymizing twice answers the lead itself. */
export function eraseLeadFields(lead: Lead, now: string): Result<Lead> {
  if (lead.anonymizedAt) return ok(lead);
  const erasure = erasureOf(lead, LEAD_PERSONAL_FIELDS);
  return ok({
    ...lead,
    firstName: undefined,
    lastName: ERASED,
    email: undefined,
    phone: undefined,
    website: undefined,
    jobTitle: undefined,
    disqualifyReason:
      lead.disqualifyReason === undefined ? undefined : eraseText(lead.disqualifyReason, erasure),
    anonymizedAt: now,
  });
}

export function eraseContactFields(contact: Contact, now: string): Result<Contact> {
  if (contact.anonymizedAt) return ok(contact);
  return ok({
    ...contact,
    firstName: undefined,
    lastName: ERASED,
    email: undefined,
    phone: undefined,
    jobTitle: undefined,
    anonymizedAt: now,
  });
}
