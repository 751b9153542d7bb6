import { AccountFields } from '../model/account';
import { ContactFields } from '../model/contact';
import type { KeyedRecordType } from '../model/duplicates';
import { LeadFields } from '../model/lead';
import type { FieldChange } from '../model/timeline';
import { diffFields } from './changes';
import type { KeyedRecord } from './record-duplicate-keys';

/** Who owns a record and who sees it: merging a newcomer into it never moves them. */
const KEPT = new Set(['ownerId', 'partnerId', 'spaceId', 'spaceIds', 'global', 'private']);

const FILLABLE: Record<KeyedRecordType, string[]> = {
  lead: Object.keys(LeadFields.shape).filter((field) => !KEPT.has(field)),
  contact: Object.keys(ContactFields.shape).filter((field) => !KEPT.has(field)),
  account: Object.keys(AccountFields.shape).filter((field) => !KEPT.has(field)),
};

const isBlank = (value: unknown) => value === undefined || value === '';

/**
 * The duplicate policy's merge: the existing record keeps every value it has, and each of its
 * blank fields takes the newcomer's value. Answers the record and what changed (none when the
 * newcomer brings nothing new, so merging the same newcomer again changes nothing).
 */
export function withBlanksFilled<T extends KeyedRecord>(
  existing: T,
  incoming: KeyedRecord,
): { filled: T; changes: FieldChange[] } {
  const fields = FILLABLE[existing.type];
  const filled: Record<string, unknown> = { ...existing };
  const source = incoming as Record<string, unknown>;
  for (const field of fields) {
    if (isBlank(filled[field]) && !isBlank(source[field])) filled[field] = source[field];
  }
  const changes = diffFields(existing as Record<string, unknown>, filled, fields);
  return { filled: filled as T, changes };
}
