import type { FieldChange } from '../model/timeline';
import type { Contact, ContactMergeChoices } from '../model/contact';
import { ok, ruleBroken, type Result } from '../result';
import { CONTACT_PERSONAL_FIELDS } from './anonymize';
import { diffFields } from './changes';
import { union, withChosenValues } from './merge-choices';

/** The fields a merge lets the user choose, one value per field, from either contact. */
export const MERGEABLE_CONTACT_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'jobTitle',
  'accountId',
  'champion',
] as const;

export type ContactMerge = {
  /** The survivor with the chosen values and both contacts' tags and spaces. */
  survivor: Contact;
  /** What the merged contact becomes: a tombstone pointing at the survivor, without personal data. */
  tombstone: Contact;
  changes: FieldChange[];
};

/**
 * Merges `merged` into `survivor`: each chosen field takes the merged contact's value (a blank
 * of the survivor takes it unless the survivor's is chosen); tags and spaces of both are kept,
 * and the survivor is global when either was. Neither may be anonymized or merged already.
 */
export function planContactMerge(
  survivor: Contact,
  merged: Contact,
  choices: ContactMergeChoices,
): Result<ContactMerge> {
  if (survivor.id === merged.id) {
    return ruleBroken('merge_same_record', 'A contact cannot be merged into itself');
  }
  for (const contact of [survivor, merged]) {
    if (contact.anonymizedAt) {
      return ruleBroken('contact_anonymized', 'This contact was anonymized');
    }
    if (contact.mergedInto) {
      return ruleBroken('merge_same_record', 'This contact was merged already');
    }
  }
  const joined: Contact = {
    ...survivor,
    tags: union(survivor.tags, merged.tags).slice(0, 20),
    spaceIds: union(survivor.spaceIds, merged.spaceIds).slice(0, 50),
    global: survivor.global || merged.global,
  };
  const next = withChosenValues(joined, merged, MERGEABLE_CONTACT_FIELDS, choices);
  const changes = diffFields(survivor, next, [
    ...MERGEABLE_CONTACT_FIELDS,
    'tags',
    'spaceIds',
    'global',
  ]);
  const tombstone: Contact = { ...merged, mergedInto: survivor.id };
  for (const field of CONTACT_PERSONAL_FIELDS) delete (tombstone as Partial<Contact>)[field];
  return ok({ survivor: next, tombstone: { ...tombstone, lastName: 'merged' }, changes });
}
