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
export const Url = z.url().max(500);
export const ShortText = z.string().trim().min(1).max(200);
export const LongText = z.string().max(5000);
export const Tag = z.string().trim().min(1).max(40);

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
