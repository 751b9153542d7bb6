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
  Url,
  UserId,
} from './common';
import { MergeChoice, PossibleDuplicate } from './duplicates';
import { LIST_FILTERS, listSortAndPage } from './list-query';

export const AccountKind = z.enum(['person', 'own_company', 'other']);

export const AccountFields = z.object({
  name: ShortText,
  kind: AccountKind.default('other'),
  email: Email.optional(),
  phone: Phone.optional(),
  website: Url.optional(),
  address: z.string().trim().max(500).optional(),
  industry: NameText(100).optional(),
  registrationNumber: z.string().trim().max(50).optional(),
  vatNumber: z.string().trim().max(50).optional(),
  keyAccount: z.boolean().default(false),
  managerId: UserId.optional(),
  tags: z.array(Tag).max(20).default([]),
  /** Global accounts are visible in every space; otherwise only in `spaceIds`. */
  global: z.boolean().default(false),
  spaceIds: z.array(Id).max(50).default([]),
  /** Only the creator may set it; then only the creator sees or finds the account. */
  private: z.boolean().default(false),
  partnerId: Id.optional(),
});

export const Account = DocumentMeta.extend(AccountFields.shape).extend({
  type: z.literal('account'),
  id: Id,
  ownerId: UserId,
  anonymizedAt: IsoDateTime.optional(),
  /** A tombstone: this account was merged into that one, where its links now lead. */
  mergedInto: Id.optional(),
  /** Records this one looked like when it was written (see model/duplicates.ts). */
  possibleDuplicate: PossibleDuplicate.optional(),
  searchText: z.string().default(''),
});
export type Account = z.infer<typeof Account>;

export const CreateAccountInput = AccountFields;
export type CreateAccountInput = z.infer<typeof CreateAccountInput>;
/** A patch: only the fields sent change (no defaults, which would reset what was not sent). */
export const UpdateAccountInput = AccountFields.partial().extend({
  kind: AccountKind.optional(),
  keyAccount: z.boolean().optional(),
  tags: z.array(Tag).max(20).optional(),
  global: z.boolean().optional(),
  spaceIds: z.array(Id).max(50).optional(),
  private: z.boolean().optional(),
});
export type UpdateAccountInput = z.infer<typeof UpdateAccountInput>;

/** For each field, whose value the merged account keeps; a blank of the survivor takes the other's. */
export const AccountMergeChoices = z
  .object({
    name: MergeChoice,
    kind: MergeChoice,
    email: MergeChoice,
    phone: MergeChoice,
    website: MergeChoice,
    address: MergeChoice,
    industry: MergeChoice,
    registrationNumber: MergeChoice,
    vatNumber: MergeChoice,
    keyAccount: MergeChoice,
    managerId: MergeChoice,
  })
  .strict();
export type AccountMergeChoices = z.infer<typeof AccountMergeChoices>;

export const MergeAccountInput = z.object({
  /** The account merged into this one; it becomes a tombstone pointing here. */
  mergedId: Id,
  values: AccountMergeChoices.default({}),
});
export type MergeAccountInput = z.infer<typeof MergeAccountInput>;

export const ListAccountsInput = z.object({
  ...LIST_FILTERS,
  ...listSortAndPage(['updatedAt', 'createdAt', 'name']),
});
export type ListAccountsInput = z.infer<typeof ListAccountsInput>;
