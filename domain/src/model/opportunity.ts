import { z } from 'zod';
import {
  DocumentMeta,
  Id,
  IsoDate,
  IsoDateTime,
  Money,
  Roles,
  ShortText,
  Tag,
  UserId,
} from './common';
import { NextActivity } from './activity';
import { LIST_FILTERS, listSortAndPage } from './list-query';
import { CoOwnerShare } from './shares';

export const OpportunityStatus = z.enum(['open', 'won', 'lost']);
export type OpportunityStatus = z.infer<typeof OpportunityStatus>;

export const OpportunityFields = z.object({
  name: ShortText,
  amount: Money.optional(),
  expectedCloseDate: IsoDate.optional(),
  ownerId: UserId.optional(),
  tags: z.array(Tag).max(20).default([]),
  description: z.string().max(5000).optional(),
  partnerId: Id.optional(),
});

export const Opportunity = DocumentMeta.extend(OpportunityFields.shape)
  .extend(Roles.shape)
  .extend({
    type: z.literal('opportunity'),
    id: Id,
    spaceId: Id,
    ownerId: UserId,
    coOwnerIds: z.array(UserId).max(20).default([]),
    /** The co-owners' shares of the lead it was qualified from, in basis points. */
    shares: z.array(CoOwnerShare).max(20).optional(),
    pipelineId: Id,
    stageId: Id,
    /** Win probability of the current stage, copied for weighted sums. */
    probability: z.number().int().min(0).max(100),
    status: OpportunityStatus,
    closeReason: z.string().max(500).optional(),
    closedAt: IsoDateTime.optional(),
    /** A won deal is locked until someone allowed unlocks it. */
    locked: z.boolean().default(false),
    /** Linked accounts; the first linked is primary until a user picks another. */
    accountIds: z.array(Id).max(20).default([]),
    primaryAccountId: Id.optional(),
    leadId: Id.optional(),
    searchText: z.string().default(''),
    /** The earliest planned activity, for the board card; only activity writes change it. */
    nextActivity: NextActivity.optional(),
  });
export type Opportunity = z.infer<typeof Opportunity>;

/** A deal on a board or in a list, with its primary account's name when the viewer may see it. */
export const OpportunityListItem = Opportunity.extend({ accountName: z.string().optional() });
export type OpportunityListItem = z.infer<typeof OpportunityListItem>;

export const CreateOpportunityInput = OpportunityFields.extend({
  spaceId: Id,
  pipelineId: Id.optional(),
  stageId: Id.optional(),
  accountId: Id.optional(),
  contactId: Id.optional(),
});
export type CreateOpportunityInput = z.infer<typeof CreateOpportunityInput>;

/** A patch: only the fields sent change (no defaults, which would reset what was not sent). */
export const UpdateOpportunityInput = OpportunityFields.partial().extend({
  tags: z.array(Tag).max(20).optional(),
  coOwnerIds: z.array(UserId).max(20).optional(),
});
export type UpdateOpportunityInput = z.infer<typeof UpdateOpportunityInput>;

/** The reason is checked by the rule, so a missing one is explained rather than just rejected. */
export const CloseOpportunityInput = z.object({
  outcome: z.enum(['won', 'lost']),
  reason: z.string().max(500).optional(),
  stageId: Id.optional(),
});
export type CloseOpportunityInput = z.infer<typeof CloseOpportunityInput>;

export const ListOpportunitiesInput = z.object({
  ...LIST_FILTERS,
  /** Only those of this account (a contact's company; any account linked to a deal). */
  accountId: Id.optional(),
  status: OpportunityStatus.optional(),
  pipelineId: Id.optional(),
  stageId: Id.optional(),
  ...listSortAndPage(['updatedAt', 'createdAt', 'name', 'amount', 'expectedCloseDate']),
});
export type ListOpportunitiesInput = z.infer<typeof ListOpportunitiesInput>;

export const MoveStageInput = z.object({ stageId: Id });
export type MoveStageInput = z.infer<typeof MoveStageInput>;

export const MoveToSpaceInput = z.object({ spaceId: Id });
export type MoveToSpaceInput = z.infer<typeof MoveToSpaceInput>;

export const CopyOpportunityInput = z.object({ name: ShortText.optional() });
export type CopyOpportunityInput = z.infer<typeof CopyOpportunityInput>;

/** Which account a link, unlink or star is about. */
export const AccountLinkInput = z.object({ accountId: Id });
export type AccountLinkInput = z.infer<typeof AccountLinkInput>;
