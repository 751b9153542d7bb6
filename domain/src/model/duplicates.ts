import { z } from 'zod';
import { Email, Id, NameText, Phone, ShortText, Url } from './common';

/** The kinds of records looked up for duplicates. */
export const KeyedRecordType = z.enum(['lead', 'contact', 'account']);
export type KeyedRecordType = z.infer<typeof KeyedRecordType>;

/** A record that carries a duplicate key, as its key document lists it. */
export const DuplicateKeyHolder = z.object({
  recordType: KeyedRecordType,
  id: z.string().min(1),
  /** A lead's space (accounts and contacts may be global). */
  spaceId: z.string().optional(),
});
export type DuplicateKeyHolder = z.infer<typeof DuplicateKeyHolder>;

/**
 * What a space does with a new record that looks like one it has: flag it (created and marked),
 * merge it into the existing record, or reject it.
 */
export const DuplicatePolicy = z.enum(['flag', 'merge', 'reject']);
export type DuplicatePolicy = z.infer<typeof DuplicatePolicy>;

/**
 * A record's possible duplicates when it was written: the ids its writer may see, and how many
 * others there are (those are never named to them).
 */
export const PossibleDuplicate = z.object({
  ids: z.array(z.string()).max(20),
  hidden: z.number().int().min(0),
});
export type PossibleDuplicate = z.infer<typeof PossibleDuplicate>;

/** A record being typed, checked before it is saved. */
export const DuplicateCheckInput = z.discriminatedUnion('type', [
  z.object({
    type: z.enum(['lead', 'contact']),
    spaceId: Id.optional(),
    firstName: NameText(100).optional(),
    lastName: NameText(200).optional(),
    company: NameText(200).optional(),
    email: Email.optional(),
    phone: Phone.optional(),
  }),
  z.object({
    type: z.literal('account'),
    spaceId: Id.optional(),
    name: ShortText,
    email: Email.optional(),
    phone: Phone.optional(),
    website: Url.optional(),
  }),
]);
export type DuplicateCheckInput = z.infer<typeof DuplicateCheckInput>;

/** A match the caller may see, enough to name it and open it. */
export const DuplicateMatch = z.object({
  recordType: KeyedRecordType,
  id: z.string(),
  title: z.string(),
  spaceId: z.string().optional(),
});
export type DuplicateMatch = z.infer<typeof DuplicateMatch>;

export const DuplicateCheckResult = z.object({
  matches: z.array(DuplicateMatch),
  /** Matches the caller may not see: only their number. */
  hidden: z.number().int().min(0),
});
export type DuplicateCheckResult = z.infer<typeof DuplicateCheckResult>;

/** In a merge, whose value a field keeps; a field not chosen keeps the survivor's unless it is blank. */
export const MergeChoice = z.enum(['survivor', 'merged']).optional();
