import type { FieldChange } from '../model/timeline';
import { LEAD_PERSONAL_FIELDS, type Lead, type LeadMergeChoices } from '../model/lead';
import { ok, ruleBroken, type Result } from '../result';
import { diffFields } from './changes';
import { union, withChosenValues } from './merge-choices';

/** The fields a merge lets the user choose, one value per field, from either lead. */
export const MERGEABLE_LEAD_FIELDS = [
  'firstName',
  'lastName',
  'company',
  'jobTitle',
  'email',
  'phone',
  'website',
  'source',
] as const;

export type LeadMerge = {
  /** The survivor with the chosen values and both leads' people. */
  survivor: Lead;
  /** What the merged lead becomes: a tombstone pointing at the survivor, without personal data. */
  tombstone: Lead;
  changes: FieldChange[];
};

/**
 * Merges `merged` into `survivor`: each chosen field takes the merged lead's value (a blank of
 * the survivor takes it unless the survivor's is chosen), subscribers, co-owners, participants
 * and tags of both are kept. Both must be open leads; a lead is never merged into itself.
 */
export function planLeadMerge(
  survivor: Lead,
  merged: Lead,
  choices: LeadMergeChoices,
): Result<LeadMerge> {
  if (survivor.id === merged.id) {
    return ruleBroken('merge_same_record', 'A lead cannot be merged into itself');
  }
  for (const lead of [survivor, merged]) {
    if (lead.anonymizedAt) return ruleBroken('lead_anonymized', 'This lead was anonymized');
    if (lead.status === 'qualified') {
      return ruleBroken('lead_qualified', 'This lead was already qualified');
    }
    if (lead.mergedInto) return ruleBroken('merge_same_record', 'This lead was merged already');
  }
  const joined: Lead = {
    ...survivor,
    tags: union(survivor.tags, merged.tags).slice(0, 20),
    subscriberIds: union(survivor.subscriberIds, merged.subscriberIds).slice(0, 200),
    participantIds: union(survivor.participantIds, merged.participantIds).slice(0, 50),
    coOwnerIds: union(
      survivor.coOwnerIds,
      [...merged.coOwnerIds, ...(merged.ownerId ? [merged.ownerId] : [])].filter(
        (id) => id !== survivor.ownerId,
      ),
    ).slice(0, 20),
    ...(survivor.contactId || !merged.contactId ? {} : { contactId: merged.contactId }),
  };
  const next = withChosenValues(joined, merged, MERGEABLE_LEAD_FIELDS, choices);
  const changes = diffFields(survivor, next, [
    ...MERGEABLE_LEAD_FIELDS,
    'tags',
    'subscriberIds',
    'participantIds',
    'coOwnerIds',
  ]);
  const tombstone: Lead = { ...merged, mergedInto: survivor.id, archived: true };
  for (const field of LEAD_PERSONAL_FIELDS) delete (tombstone as Partial<Lead>)[field];
  return ok({
    survivor: next,
    tombstone: { ...tombstone, lastName: 'merged' },
    changes,
  });
}
