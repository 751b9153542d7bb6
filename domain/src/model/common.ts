import { z } from 'zod';

export const Id = z.uuid();
export type Id = z.infer<typeof Id>;

/** Entra ID object id of a user (`oid`); a GUID in Entra, any short opaque string in demo data. */
export const UserId = z.string().min(1).max(64);
export type UserId = z.infer<typeof UserId>;

/** Entra ID tenant id (`tid`). */
export const TenantId = z.string().min(1).max(64);
export type TenantId = z.infer<typeof TenantId>;

export const IsoDateTime = z.iso.datetime({ offset: true });
export const IsoDate = z.iso.date();

export const CurrencyCode = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as EUR');

/** Money in integer minor units (cents) with its ISO currency. */
export const Money = z.object({
  amount: z.number().int().min(0).max(1e13),
  currency: CurrencyCode,
});
export type Money = z.infer<typeof Money>;

export const Email = z.email().max(254);
export const Phone = z
  .string()
  .max(40)
  .regex(/^[+()0-9 ./-]{3,40}$/, 'digits, spaces and + ( ) . / - only');
/** A web address a link may open: http or https only (never `javascript:` or `data:`). */
export const Url = z
  .url({ protocol: /^https?$/, error: 'Only http and https web addresses are allowed' })
  .max(500);

/**
 * Refuses what nobody types in a name: control characters (line breaks, tabs, NUL …) and half
 * of a surrogate pair. Each gets its own key, so the user reads why.
 */
export const plainText = <T extends z.ZodString>(schema: T) =>
  schema
    .refine((text) => !/\p{Cc}/u.test(text), {
      message: 'Control characters are not allowed',
      params: { code: 'field.control_characters' },
    })
    .refine((text) => !/\p{Cs}/u.test(text), {
      message: 'A lone surrogate is not allowed',
      params: { code: 'field.lone_surrogate' },
    });

/** A name or title that may be left empty. */
export const NameText = (max: number) => plainText(z.string().trim().max(max));

export const ShortText = plainText(z.string().trim().min(1).max(200));
export const LongText = z.string().max(5000);
export const Tag = plainText(z.string().trim().min(1).max(40));

/** Fields every stored document carries (see architecture.md, Storage). */
export const DocumentMeta = z.object({
  id: z.string().min(1),
  tenantId: TenantId,
  schemaVersion: z.number().int().min(1),
  version: z.number().int().min(1),
  createdAt: IsoDateTime,
  createdBy: UserId,
  updatedAt: IsoDateTime,
  updatedBy: UserId,
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;

/** The three roles on a lead or opportunity (product.md, "Roles"). */
export const Roles = z.object({
  /** Primary external person (a contact id); their e-mail is the default recipient. */
  contactId: Id.optional(),
  /** Further external contacts in the deal. */
  participantIds: z.array(Id).max(50).default([]),
  /** Internal users who follow the record and get notified. */
  subscriberIds: z.array(UserId).max(200).default([]),
});
