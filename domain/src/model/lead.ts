import { z } from 'zod';
import {
  DocumentMeta,
  Email,
  Id,
  IsoDateTime,
  Phone,
  Roles,
  ShortText,
  Tag,
  Url,
  UserId,
} from './common';

export const LeadStatus = z.enum(['new', 'working', 'qualified', 'disqualified']);
export type LeadStatus = z.infer<typeof LeadStatus>;

export const LeadSource = z.enum(['manual', 'csv', 'web_form', 'email', 'call', 'inbound_api']);
export type LeadSource = z.infer<typeof LeadSource>;

/** Fields a user edits directly; personal data is erased by anonymize. */
export const LeadFields = z.object({
  firstName: z.string().trim().max(100).optional(),
  lastName: ShortText,
  company: z.string().trim().max(200).optional(),
  jobTitle: z.string().trim().max(200).optional(),
  email: Email.optional(),
  phone: Phone.optional(),
  website: Url.optional(),
  source: LeadSource.default('manual'),
  tags: z.array(Tag).max(20).default([]),
  ownerId: UserId.optional(),
  partnerId: Id.optional(),
});

export const Lead = DocumentMeta.extend(LeadFields.shape)
  .extend(Roles.shape)
  .extend({
    type: z.literal('lead'),
    id: Id,
    spaceId: Id,
    ownerId: UserId,
    coOwnerIds: z.array(UserId).max(20).default([]),
    status: LeadStatus,
    disqualifyReason: z.string().max(500).optional(),
    archived: z.boolean().default(false),
    /** What qualify created, kept so the lead links to its records (and they link back). */
    qualifiedInto: z
      .object({ contactId: Id.optional(), accountId: Id.optional(), opportunityId: Id.optional() })
      .optional(),
    anonymizedAt: IsoDateTime.optional(),
    /** Lower-cased, accent-folded name, company and e-mail for search (no 3-arg CONTAINS). */
    searchText: z.string().default(''),
  });
export type Lead = z.infer<typeof Lead>;

export const CreateLeadInput = LeadFields.extend({ spaceId: Id });
export type CreateLeadInput = z.infer<typeof CreateLeadInput>;

export const UpdateLeadInput = LeadFields.partial();
export type UpdateLeadInput = z.infer<typeof UpdateLeadInput>;

/** Fields of a lead that are personal data. */
export const LEAD_PERSONAL_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'website',
  'jobTitle',
] as const;
