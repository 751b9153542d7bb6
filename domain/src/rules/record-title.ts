import type { Lead } from '../model/lead';
import type { Opportunity } from '../model/opportunity';

/** What a lead or deal is called in lists, cards and digests. */
export function recordTitle(record: Lead | Opportunity): string {
  if (record.type === 'opportunity') return record.name;
  if (record.anonymizedAt !== undefined) return 'Anonymized lead';
  // As the lead's own page names it: the person, else their company.
  return [record.firstName, record.lastName].filter(Boolean).join(' ') || record.company || 'Lead';
}
