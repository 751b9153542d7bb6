import type { Account } from '../model/account';
import type { Contact } from '../model/contact';
import type { DuplicateKeyHolder, DuplicatePolicy } from '../model/duplicates';
import type { Lead } from '../model/lead';
import type { Space } from '../model/space';
import { duplicateKeys, type DuplicateKeySource } from './duplicate-keys';

export type KeyedRecord = Lead | Contact | Account;

/** The space's duplicate settings, with the defaults of a space that never set them. */
export const duplicateSettingsOf = (space: Space | undefined) => ({
  defaultCountry: space?.defaultCountry,
  policy: (space?.duplicatePolicy ?? 'flag') as DuplicatePolicy,
});

/** The fields of a record its duplicate keys are made of (an anonymized record has none). */
export function keySourceOf(record: KeyedRecord): DuplicateKeySource | undefined {
  if (record.anonymizedAt !== undefined) return undefined;
  if (record.type === 'account') return { ...record, type: 'account' };
  return { ...record, company: record.type === 'lead' ? record.company : undefined };
}

/** A record's normalised duplicate keys, phone numbers read in the space's default country. */
export function recordDuplicateKeys(record: KeyedRecord, defaultCountry?: string): string[] {
  const source = keySourceOf(record);
  return source ? duplicateKeys(source, { defaultCountry }) : [];
}

/** How the record is listed in its key documents. */
export const holderOf = (record: KeyedRecord): DuplicateKeyHolder => ({
  recordType: record.type,
  id: record.id,
  ...(record.type === 'lead' ? { spaceId: record.spaceId } : {}),
});
