import { z } from 'zod';
import { DocumentMeta, Id, ShortText, Tag, UserId } from './common';
import { LeadPriority, LeadSource } from './lead';
import { CoOwnerShare, SHARE_TOTAL } from './shares';

/** An ISO 3166-1 alpha-2 country code, upper case. */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as PL');

/** The part of an e-mail address after `@`, lower case (`example.com`). */
export const EmailDomain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/,
    'a domain such as example.com, without @',
  );

/** The lead fields a "text contains" condition may look into. */
export const RoutingTextField = z.enum([
  'firstName',
  'lastName',
  'company',
  'jobTitle',
  'email',
  'phone',
  'website',
]);
export type RoutingTextField = z.infer<typeof RoutingTextField>;

const anyOf = <T extends z.ZodType>(item: T) =>
  z.array(item).min(1, 'choose at least one').max(50, 'at most 50 choices');

/**
 * One test on a lead. Text is compared case- and accent-insensitively; tags ignore case; an
 * absent field matches nothing. Country is the address country, or else the one the phone's
 * calling code names.
 */
export const RoutingCondition = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('source'), anyOf: anyOf(LeadSource) }),
  z.object({ kind: z.literal('country'), anyOf: anyOf(CountryCode) }),
  z.object({
    kind: z.literal('company'),
    operator: z.enum(['contains', 'equals']),
    text: ShortText,
  }),
  z.object({ kind: z.literal('tag'), anyOf: anyOf(Tag) }),
  z.object({ kind: z.literal('email_domain'), anyOf: anyOf(EmailDomain) }),
  z.object({ kind: z.literal('text_contains'), field: RoutingTextField, text: ShortText }),
]);
export type RoutingCondition = z.infer<typeof RoutingCondition>;

/** All must hold (AND); no condition at all matches every lead (a catch-all rule). */
const Conditions = z.array(RoutingCondition).max(20, 'at most 20 conditions');

/** Where a matching lead goes: one person, a team's next member by round-robin, or the pool. */
export const RoutingAssignment = z.discriminatedUnion('to', [
  z.object({ to: z.literal('user'), userId: UserId }),
  z.object({ to: z.literal('team'), teamId: Id }),
  z.object({ to: z.literal('pool') }),
]);
export type RoutingAssignment = z.infer<typeof RoutingAssignment>;

/**
 * Flags each repeat of a key at its position, so the user sees which entry to remove.
 * `field.duplicate_id` is the activity model's key; until it lands it falls back to
 * `field.invalid`.
 */
function flagRepeats<T>(
  items: readonly T[],
  ctx: z.RefinementCtx,
  key: (item: T) => string,
  pathTail: readonly string[] = [],
) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const itemKey = key(item);
    if (seen.has(itemKey))
      ctx.addIssue({
        code: 'custom',
        path: [index, ...pathTail],
        message: 'Already in the list',
        params: { code: 'field.duplicate_id' },
      });
    seen.add(itemKey);
  });
}

export const RoutingActions = z.object({
  assign: RoutingAssignment,
  priority: LeadPriority.optional(),
  addTags: z
    .array(Tag)
    .max(20)
    .default([])
    .superRefine((tags, ctx) => flagRepeats(tags, ctx, (tag) => tag.toLowerCase())),
  notify: z
    .array(UserId)
    .max(20)
    .default([])
    .superRefine((ids, ctx) => flagRepeats(ids, ctx, (id) => id)),
});
export type RoutingActions = z.infer<typeof RoutingActions>;

const RuleFields = {
  name: ShortText,
  /** Rules are tried by ascending order; the first that matches wins. */
  order: z.number().int('a whole number').min(0).max(10_000),
  active: z.boolean(),
  conditions: Conditions,
  actions: RoutingActions,
};

/** Only where a rule is created or read: a patch leaves out what it does not change. */
const RuleDefaults = {
  active: RuleFields.active.default(true),
  conditions: RuleFields.conditions.default([]),
};

/** An admin's rule for leads that arrive from anywhere but manual entry, in one space. */
export const AssignmentRule = DocumentMeta.extend({
  type: z.literal('assignment-rule'),
  id: Id,
  spaceId: Id,
  ...RuleFields,
  ...RuleDefaults,
});
export type AssignmentRule = z.infer<typeof AssignmentRule>;

export const CreateAssignmentRuleInput = z.object({
  spaceId: Id,
  ...RuleFields,
  ...RuleDefaults,
});
export type CreateAssignmentRuleInput = z.infer<typeof CreateAssignmentRuleInput>;

/** A patch; conditions and actions are always sent whole. */
export const UpdateAssignmentRuleInput = z.object(RuleFields).partial();
export type UpdateAssignmentRuleInput = z.infer<typeof UpdateAssignmentRuleInput>;

export const SalesTeamMember = z.object({
  userId: UserId,
  /** Relative share of the team's leads: a member of weight 2 gets twice a member of weight 1. */
  weight: z.number().int('a whole number from 1 to 100').min(1).max(100),
});
export type SalesTeamMember = z.infer<typeof SalesTeamMember>;

const TeamFields = {
  name: ShortText,
  members: z
    .array(SalesTeamMember)
    .min(1, 'a team has at least one member')
    .max(50, 'a team has at most 50 members')
    .superRefine((members, ctx) => flagRepeats(members, ctx, (m) => m.userId, ['userId'])),
};

/** A named group of a space's members who take its leads in turn, each by their weight. */
export const SalesTeam = DocumentMeta.extend({
  type: z.literal('sales-team'),
  id: Id,
  spaceId: Id,
  ...TeamFields,
});
export type SalesTeam = z.infer<typeof SalesTeam>;

export const CreateSalesTeamInput = z.object({ spaceId: Id, ...TeamFields });
export type CreateSalesTeamInput = z.infer<typeof CreateSalesTeamInput>;

export const UpdateSalesTeamInput = z.object(TeamFields).partial();
export type UpdateSalesTeamInput = z.infer<typeof UpdateSalesTeamInput>;

export { CoOwnerShare, SHARE_TOTAL };

/** Two or more people, each named once, whose shares add up to exactly 100 %. */
export const CoOwnerShares = z
  .array(CoOwnerShare)
  .min(2, 'at least two co-owners')
  .max(20, 'at most 20 co-owners')
  .superRefine((coOwners, ctx) => {
    flagRepeats(coOwners, ctx, (c) => c.userId, ['userId']);
    const total = coOwners.reduce((sum, c) => sum + c.share, 0);
    if (total !== SHARE_TOTAL)
      ctx.addIssue({
        code: 'custom',
        message: `The shares add up to ${total / 100} %, not 100 %`,
        params: { code: 'field.shares_total' },
      });
  });

const SplitterFields = {
  name: ShortText,
  conditions: Conditions.min(1, 'a filter has at least one condition'),
  coOwners: CoOwnerShares,
  /** Also split each arriving lead that matches, after the assignment rules ran. */
  runOnArrival: z.boolean(),
};

const SplitterDefaults = { runOnArrival: SplitterFields.runOnArrival.default(false) };

/** A saved lead filter whose matching leads get these co-owners and shares on Execute. */
export const SplitterFilter = DocumentMeta.extend({
  type: z.literal('splitter-filter'),
  id: Id,
  spaceId: Id,
  ...SplitterFields,
  ...SplitterDefaults,
});
export type SplitterFilter = z.infer<typeof SplitterFilter>;

export const CreateSplitterFilterInput = z.object({
  spaceId: Id,
  ...SplitterFields,
  ...SplitterDefaults,
});
export type CreateSplitterFilterInput = z.infer<typeof CreateSplitterFilterInput>;

export const UpdateSplitterFilterInput = z.object(SplitterFields).partial();
export type UpdateSplitterFilterInput = z.infer<typeof UpdateSplitterFilterInput>;

/** Flags a second entry with an id already used above it. */
const uniqueIds = <T extends { id: string }>(items: T[], ctx: z.RefinementCtx) =>
  flagRepeats(items, ctx, (item) => item.id, ['id']);

/** A team as an admin edits it among the space's teams: the client makes up a new team's id. */
export const SalesTeamEntry = z.object({ id: Id, ...TeamFields });
export type SalesTeamEntry = z.infer<typeof SalesTeamEntry>;

export const SalesTeamsInput = z.object({
  teams: z.array(SalesTeamEntry).max(50, 'at most 50 teams').superRefine(uniqueIds),
});
export type SalesTeamsInput = z.infer<typeof SalesTeamsInput>;

/** A space's sales teams, saved whole under one version (If-Match). */
export const SpaceSalesTeams = z.object({
  spaceId: Id,
  version: z.number().int().min(0),
  teams: z.array(SalesTeamEntry),
});
export type SpaceSalesTeams = z.infer<typeof SpaceSalesTeams>;

/** A rule as an admin edits it: its place in the list is its order. */
export const AssignmentRuleEntry = z.object({
  id: Id,
  name: RuleFields.name,
  active: RuleDefaults.active,
  conditions: RuleDefaults.conditions,
  actions: RuleFields.actions,
});
export type AssignmentRuleEntry = z.infer<typeof AssignmentRuleEntry>;

export const AssignmentRulesInput = z.object({
  rules: z.array(AssignmentRuleEntry).max(100, 'at most 100 rules').superRefine(uniqueIds),
});
export type AssignmentRulesInput = z.infer<typeof AssignmentRulesInput>;

/** A space's assignment rules, first tried first, saved whole under one version (If-Match). */
export const SpaceAssignmentRules = z.object({
  spaceId: Id,
  version: z.number().int().min(0),
  rules: z.array(AssignmentRuleEntry.extend({ order: RuleFields.order })),
});
export type SpaceAssignmentRules = z.infer<typeof SpaceAssignmentRules>;

/** Where routing sent (or would send) one lead. */
export const RoutingPlacement = z.object({
  ownerId: UserId.optional(),
  priority: LeadPriority.optional(),
  ruleId: Id.optional(),
  teamId: Id.optional(),
  addTags: z.array(Tag),
});
export type RoutingPlacement = z.infer<typeof RoutingPlacement>;

/** One of the space's last leads: where it went, and where the edited rules would send it. */
export const DryRunRow = z.object({
  leadId: Id,
  title: z.string(),
  source: LeadSource,
  createdAt: z.string(),
  actual: z.object({ ownerId: UserId.optional(), priority: LeadPriority.optional() }),
  predicted: RoutingPlacement,
});
export type DryRunRow = z.infer<typeof DryRunRow>;

export const DryRunResult = z.object({ items: z.array(DryRunRow) });
export type DryRunResult = z.infer<typeof DryRunResult>;

export const RouteLeadsInput = z.object({
  ids: z.array(Id).min(1, 'choose at least one lead').max(100, 'at most 100 leads at once'),
});
export type RouteLeadsInput = z.infer<typeof RouteLeadsInput>;

/** What routing on demand did with one lead of the selection. */
export const RouteLeadOutcome = z.object({
  leadId: Id,
  outcome: z.enum(['routed', 'unmatched', 'not_found', 'closed', 'conflict']),
  placement: RoutingPlacement.optional(),
});
export type RouteLeadOutcome = z.infer<typeof RouteLeadOutcome>;

export const RouteLeadsResult = z.object({ items: z.array(RouteLeadOutcome) });
export type RouteLeadsResult = z.infer<typeof RouteLeadsResult>;

export const OutOfOfficeInput = z.object({ outOfOffice: z.boolean() });
export type OutOfOfficeInput = z.infer<typeof OutOfOfficeInput>;
