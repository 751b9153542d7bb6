import { z } from 'zod';
import {
  DocumentMeta,
  Email,
  Id,
  IsoDate,
  IsoDateTime,
  Money,
  Phone,
  Roles,
  NameText,
  ShortText,
  Tag,
  Url,
  UserId,
} from './common';
import { MergeChoice, PossibleDuplicate } from './duplicates';
import { NextActivity } from './activity';
import { LIST_FILTERS, listSortAndPage } from './list-query';
import { CoOwnerShare } from './shares';
import { knownTimeZone } from '../rules/client-settings';

export const LeadStatus = z.enum(['new', 'working', 'qualified', 'disqualified']);
export type LeadStatus = z.infer<typeof LeadStatus>;

export const LeadSource = z.enum(['manual', 'csv', 'web_form', 'email', 'call', 'inbound_api']);
export type LeadSource = z.infer<typeof LeadSource>;

/** How urgently a lead wants working; an assignment rule may set it. */
export const LeadPriority = z.enum(['low', 'normal', 'high', 'urgent']);
export type LeadPriority = z.infer<typeof LeadPriority>;

/** Fields a user edits directly; personal data is erased by anonymize. */
export const LeadFields = z.object({
  firstName: NameText(100).optional(),
  lastName: ShortText,
  company: NameText(200).optional(),
  jobTitle: NameText(200).optional(),
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
    /** Absent for a lead in the free pool (e.g. from an inbound source) until someone claims it. */
    ownerId: UserId.optional(),
    coOwnerIds: z.array(UserId).max(20).default([]),
    /**
     * Each co-owner's part of the lead in basis points, adding up to 100 %, as the splitter
     * filter `splitBy` set them (the owner has a share only when the filter names them).
     */
    shares: z.array(CoOwnerShare).max(20).optional(),
    splitBy: Id.optional(),
    status: LeadStatus,
    /** Set by the assignment rule that routed the lead; absent means not prioritised. */
    priority: LeadPriority.optional(),
    disqualifyReason: z.string().max(500).optional(),
    archived: z.boolean().default(false),
    /** What qualify created, kept so the lead links to its records (and they link back). */
    qualifiedInto: z
      .object({ contactId: Id.optional(), accountId: Id.optional(), opportunityId: Id.optional() })
      .optional(),
    anonymizedAt: IsoDateTime.optional(),
    /** A tombstone: this lead was merged into that one, where its links now lead. */
    mergedInto: Id.optional(),
    /** Records this one looked like when it was written (see model/duplicates.ts). */
    possibleDuplicate: PossibleDuplicate.optional(),
    /** Lower-cased, accent-folded name, company and e-mail for search (no 3-arg CONTAINS). */
    searchText: z.string().default(''),
    /**
     * When someone other than the system first edited the lead or logged an activity on it;
     * set once by the store. Absent: the lead is untouched.
     */
    firstTouchedAt: IsoDateTime.optional(),
    /**
     * Who accepted the lead and when: claiming it from the free pool, or its owner accepting an
     * assignment ("Claim" on the card). Cleared when the lead changes owner.
     */
    claimedBy: UserId.optional(),
    claimedAt: IsoDateTime.optional(),
    /** The earliest planned activity; only activity writes change it. */
    nextActivity: NextActivity.optional(),
  });
export type Lead = z.infer<typeof Lead>;

export const CreateLeadInput = LeadFields.extend({ spaceId: Id });
export type CreateLeadInput = z.infer<typeof CreateLeadInput>;

/** The statuses a user sets directly; qualify and disqualify set the others. */
export const OpenLeadStatus = z.enum(['new', 'working']);
export type OpenLeadStatus = z.infer<typeof OpenLeadStatus>;

/** A patch: only the fields sent change (no defaults, which would reset what was not sent). */
export const UpdateLeadInput = LeadFields.partial().extend({
  source: LeadSource.optional(),
  tags: z.array(Tag).max(20).optional(),
  status: OpenLeadStatus.optional(),
});
export type UpdateLeadInput = z.infer<typeof UpdateLeadInput>;

/** For each field, whose value the merged lead keeps; a blank of the survivor takes the other's. */
export const LeadMergeChoices = z
  .object({
    firstName: MergeChoice,
    lastName: MergeChoice,
    company: MergeChoice,
    jobTitle: MergeChoice,
    email: MergeChoice,
    phone: MergeChoice,
    website: MergeChoice,
    source: MergeChoice,
  })
  .strict();
export type LeadMergeChoices = z.infer<typeof LeadMergeChoices>;

export const MergeLeadInput = z.object({
  /** The lead merged into this one; it becomes a tombstone pointing here. */
  mergedId: Id,
  values: LeadMergeChoices.default({}),
});
export type MergeLeadInput = z.infer<typeof MergeLeadInput>;

export const DisqualifyLeadInput = z.object({ reason: z.string().trim().min(1).max(500) });
export type DisqualifyLeadInput = z.infer<typeof DisqualifyLeadInput>;

/** Fields of a lead that are personal data. */
export const LEAD_PERSONAL_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'website',
  'jobTitle',
] as const;

/**
 * What qualify turns a lead into: any combination of a new contact, an account (new, or an
 * existing one by `accountId`) and an opportunity — at least one. Each part asks only what it
 * needs; what is left out is taken from the lead (names, e-mail, company) or the space (the
 * default pipeline and its first open stage).
 */
export const QualifyLeadInput = z
  .object({
    contact: z
      .object({
        firstName: NameText(100).optional(),
        lastName: ShortText.optional(),
        email: Email.optional(),
        phone: Phone.optional(),
        jobTitle: NameText(200).optional(),
      })
      .optional(),
    account: z
      .object({
        name: ShortText.optional(),
        website: Url.optional(),
        industry: NameText(100).optional(),
      })
      .optional(),
    accountId: Id.optional(),
    opportunity: z
      .object({
        name: ShortText.optional(),
        pipelineId: Id.optional(),
        stageId: Id.optional(),
        amount: Money.optional(),
        expectedCloseDate: IsoDate.optional(),
      })
      .optional(),
  })
  .refine((q) => q.contact || q.account || q.accountId || q.opportunity, {
    message: 'Choose at least one of contact, account or opportunity',
    params: { code: 'field.qualify_target' },
  })
  .refine((q) => !(q.account && q.accountId), {
    message: 'Either create an account or pick an existing one, not both',
    path: ['accountId'],
    params: { code: 'field.account_choice' },
  });
export type QualifyLeadInput = z.infer<typeof QualifyLeadInput>;

/**
 * The lead views a sales director asks for: open (new or being worked), untouched (nobody but
 * the system edited it or logged an activity since it arrived), incoming today (arrived since
 * the viewer's local midnight), free pool (nobody owns it).
 */
export const LeadListView = z.enum(['open', 'untouched', 'incoming_today', 'free_pool']);
export type LeadListView = z.infer<typeof LeadListView>;

export const ListLeadsInput = z.object({
  ...LIST_FILTERS,
  /** Only leads nobody owns yet (the free pool), which any member of their space may claim. */
  unassigned: z.stringbool().or(z.boolean()).default(false),
  status: LeadStatus.optional(),
  /** Only open leads: new or being worked. */
  open: z.stringbool().or(z.boolean()).default(false),
  /** Only leads that came in at or after this instant (e.g. the start of the user's today). */
  createdAfter: IsoDateTime.optional(),
  /** Only leads nobody but the system has edited or logged an activity on since they came in. */
  untouched: z.stringbool().or(z.boolean()).default(false),
  /** Archived leads are left out unless asked for. */
  archived: z.stringbool().or(z.boolean()).default(false),
  /** A saved view, on top of the filters above (see `LeadListView`). */
  view: LeadListView.optional(),
  /** The viewer's time zone, in which "incoming today" starts at midnight; default UTC. */
  timeZone: z
    .string()
    .max(64)
    .refine((zone) => knownTimeZone(zone) !== undefined, 'expected an IANA time zone')
    .optional(),
  ...listSortAndPage(['updatedAt', 'createdAt', 'name']),
});
export type ListLeadsInput = z.infer<typeof ListLeadsInput>;
