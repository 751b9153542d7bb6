import type { Lead } from '../model/lead';
import type { Opportunity } from '../model/opportunity';
import type { KeyedRecord } from './record-duplicate-keys';

/** A person's name as written everywhere: first and last name, whichever they have. */
export const personName = (person: { firstName?: string; lastName?: string }): string =>
  [person.firstName, person.lastName].filter(Boolean).join(' ');

/** What a lead or deal is called in lists, cards and digests. */
export function recordTitle(record: Lead | Opportunity): string {
  if (record.type === 'opportunity') return record.name;
  if (record.anonymizedAt !== undefined) return 'Anonymized lead';
  // As the lead's own page names it: the person, else their company.
  return personName(record) || record.company || 'Lead';
}

/** What a lead, contact or account is called where a duplicate of it is named. */
export function keyedRecordTitle(record: KeyedRecord): string {
  if (record.type === 'lead') return recordTitle(record);
  return record.type === 'account' ? record.name : personName(record);
}
