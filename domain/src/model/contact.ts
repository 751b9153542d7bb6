import { z } from 'zod';
import {
  DocumentMeta,
  Email,
  Id,
  IsoDateTime,
  Phone,
  NameText,
  ShortText,
  Tag,
  UserId,
} from './common';
import { MergeChoice, PossibleDuplicate } from './duplicates';
import { LIST_FILTERS, listSortAndPage } from './list-query';

export const ContactFields = z.object({
  firstName: NameText(100).optional(),
  lastName: ShortText,
  email: Email.optional(),
  phone: Phone.optional(),
  jobTitle: NameText(200).optional(),
  accountId: Id.optional(),
  champion: z.boolean().default(false),
  tags: z.array(Tag).max(20).default([]),
  global: z.boolean().default(false),
  spaceIds: z.array(Id).max(50).default([]),
  partnerId: Id.optional(),
});

export const Contact = DocumentMeta.extend(ContactFields.shape).extend({
  type: z.literal('contact'),
  id: Id,
  ownerId: UserId,
  /** Set when the contact came from qualifying a lead. */
  leadId: Id.optional(),
  anonymizedAt: IsoDateTime.optional(),
  /** A tombstone: this contact was merged into that one, where its links now lead. */
  mergedInto: Id.optional(),
  /** Records this one looked like when it was written (see model/duplicates.ts). */
  possibleDuplicate: PossibleDuplicate.optional(),
  searchText: z.string().default(''),
});
export type Contact = z.infer<typeof Contact>;

export const CreateContactInput = ContactFields;
export type CreateContactInput = z.infer<typeof CreateContactInput>;
/** A patch: only the fields sent change (no defaults, which would reset what was not sent). */
export const UpdateContactInput = ContactFields.partial().extend({
  /** `null` clears the contact's account: it belongs to no company. */
  accountId: Id.nullable().optional(),
  champion: z.boolean().optional(),
  tags: z.array(Tag).max(20).optional(),
  global: z.boolean().optional(),
  spaceIds: z.array(Id).max(50).optional(),
});
export type UpdateContactInput = z.infer<typeof UpdateContactInput>;

/** For each field, whose value the merged contact keeps; a blank of the survivor takes the other's. */
export const ContactMergeChoices = z
  .object({
    firstName: MergeChoice,
    lastName: MergeChoice,
    email: MergeChoice,
    phone: MergeChoice,
    jobTitle: MergeChoice,
    accountId: MergeChoice,
    champion: MergeChoice,
  })
  .strict();
export type ContactMergeChoices = z.infer<typeof ContactMergeChoices>;

export const MergeContactInput = z.object({
  /** The contact merged into this one; it becomes a tombstone pointing here. */
  mergedId: Id,
  values: ContactMergeChoices.default({}),
});
export type MergeContactInput = z.infer<typeof MergeContactInput>;

export const ListContactsInput = z.object({
  ...LIST_FILTERS,
  /** Only those of this account (a contact's company; any account linked to a deal). */
  accountId: Id.optional(),
  ...listSortAndPage(['updatedAt', 'createdAt', 'name']),
});
export type ListContactsInput = z.infer<typeof ListContactsInput>;
