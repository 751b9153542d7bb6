import { z } from 'zod';
import { Account } from './account';
import { Contact } from './contact';
import { Id } from './common';
import { KeyedRecordType } from './duplicates';
import { Lead } from './lead';

/** A lead, contact or account: the records duplicates are looked for among. */
export const KeyedRecordDocument = z.discriminatedUnion('type', [Lead, Contact, Account]);
export type KeyedRecordDocument = z.infer<typeof KeyedRecordDocument>;

/** A record flagged as a possible duplicate, beside one of its matches the caller may see. */
export const DuplicatePair = z.object({
  record: KeyedRecordDocument,
  match: KeyedRecordDocument,
});
export type DuplicatePair = z.infer<typeof DuplicatePair>;

/** The matches of one flagged record a page pairs; any others show once these are resolved. */
export const MATCHES_PER_FLAGGED_RECORD = 5;

/** A page of the pairs of one record type (one space, or every one the caller may see). */
export const ListDuplicatesInput = z.object({
  type: KeyedRecordType.default('lead'),
  spaceId: Id.optional(),
  // Flagged records per page: with 5 matches each, their matches are one bulk read of 100.
  limit: z.coerce.number().int().min(1).max(20).default(20),
  continuation: z.string().max(2000).optional(),
});
export type ListDuplicatesInput = z.infer<typeof ListDuplicatesInput>;

/** "Not a duplicate": the record no longer lists that match (nor the match it, when it did). */
export const DismissDuplicateInput = z.object({
  type: KeyedRecordType,
  id: Id,
  matchId: Id,
});
export type DismissDuplicateInput = z.infer<typeof DismissDuplicateInput>;
