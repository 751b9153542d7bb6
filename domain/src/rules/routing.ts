import type { LeadPriority, LeadSource } from '../model/lead';
import type { AssignmentRule, RoutingCondition, RoutingTextField } from '../model/routing';
import { countryOfPhone } from './phone-country';
import { normalizeForSearch } from './search-text';

/**
 * What routing reads of a lead: the lead model's own fields, so any later field (priority,
 * shares …) leaves it unchanged. `country` is the address country, once leads have one.
 */
export type RoutableLead = {
  source: LeadSource;
  firstName?: string;
  lastName: string;
  company?: string;
  jobTitle?: string;
  email?: string;
  phone?: string;
  website?: string;
  tags: readonly string[];
  country?: string;
};

/** The rule fields routing needs; a stored rule or one being edited in a dry run. */
export type RoutingRule = Pick<
  AssignmentRule,
  'id' | 'order' | 'active' | 'conditions' | 'actions'
>;

/** At most this many tags on a lead, as the lead model allows. */
const MAX_TAGS = 20;

/** The address country, else the phone's; upper-cased ISO 3166-1 alpha-2. */
export const countryOfLead = (lead: RoutableLead): string | undefined =>
  lead.country?.trim().toUpperCase() || (lead.phone ? countryOfPhone(lead.phone) : undefined);

const emailDomain = (email: string | undefined) =>
  email?.slice(email.lastIndexOf('@') + 1).toLowerCase();

const textOf = (lead: RoutableLead, field: RoutingTextField) => lead[field];

const contains = (haystack: string | undefined, needle: string) =>
  haystack !== undefined && normalizeForSearch(haystack).includes(normalizeForSearch(needle));

function holds(lead: RoutableLead, condition: RoutingCondition): boolean {
  switch (condition.kind) {
    case 'source':
      return condition.anyOf.includes(lead.source);
    case 'country': {
      const country = countryOfLead(lead);
      return country !== undefined && condition.anyOf.includes(country);
    }
    case 'company':
      return condition.operator === 'equals'
        ? lead.company !== undefined &&
            normalizeForSearch(lead.company) === normalizeForSearch(condition.text)
        : contains(lead.company, condition.text);
    case 'tag': {
      const tags = new Set(lead.tags.map((tag) => tag.toLowerCase()));
      return condition.anyOf.some((tag) => tags.has(tag.toLowerCase()));
    }
    case 'email_domain': {
      const domain = emailDomain(lead.email);
      return domain !== undefined && condition.anyOf.includes(domain);
    }
    case 'text_contains':
      return contains(textOf(lead, condition.field), condition.text);
  }
}

/** Whether the lead meets every condition; an empty list matches every lead. */
export const matchRule = (lead: RoutableLead, conditions: readonly RoutingCondition[]): boolean =>
  conditions.every((condition) => holds(lead, condition));

/**
 * The first active rule, by ascending `order` (then id, so equal orders stay stable), whose
 * conditions the lead meets; undefined leaves the lead in the free pool.
 */
export function firstMatchingRule<R extends RoutingRule>(
  lead: RoutableLead,
  rules: readonly R[],
): R | undefined {
  return rules
    .filter((rule) => rule.active)
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .find((rule) => matchRule(lead, rule.conditions));
}

/**
 * Where a lead goes. Without `assignTo` it stays in the free pool: no rule matched, the rule
 * says so, or its team had nobody available (then `teamId` says which team). `addTags` holds
 * only tags the lead lacks, and no more than its 20-tag limit leaves room for.
 */
export type RoutingDecision = {
  ruleId?: string;
  assignTo?: string;
  teamId?: string;
  priority?: LeadPriority;
  addTags: string[];
  notify: string[];
};

/**
 * The team member next in turn, or undefined when none is available. The store draws the
 * ticket (an etag-guarded counter) and `pickMember` turns it into a member; a dry run passes
 * a simulated turn.
 */
export type PickTeamMember = (teamId: string) => string | undefined;

/** The routing decision for one lead under a space's rules. */
export const routeLead = (
  lead: RoutableLead,
  rules: readonly RoutingRule[],
  pick: PickTeamMember,
): RoutingDecision => applyRule(lead, firstMatchingRule(lead, rules), pick);

/**
 * The decision once the rule is known (undefined: none matched). The API finds the rule first,
 * draws a ticket only when it names a team, and passes the member that ticket picked.
 */
export function applyRule(
  lead: RoutableLead,
  rule: RoutingRule | undefined,
  pick: PickTeamMember,
): RoutingDecision {
  if (!rule) return { addTags: [], notify: [] };
  const { assign, priority, addTags, notify } = rule.actions;
  const present = new Set(lead.tags.map((tag) => tag.toLowerCase()));
  const assignTo =
    assign.to === 'user' ? assign.userId : assign.to === 'team' ? pick(assign.teamId) : undefined;
  return {
    ruleId: rule.id,
    ...(assignTo !== undefined && { assignTo }),
    ...(assign.to === 'team' && { teamId: assign.teamId }),
    ...(priority && { priority }),
    addTags: addTags
      .filter((tag) => !present.has(tag.toLowerCase()))
      .slice(0, Math.max(0, MAX_TAGS - lead.tags.length)),
    notify: [...notify],
  };
}
