import {
  canEdit,
  guardClaim,
  getLead,
  getOpportunity,
  shareOf,
  type Actor,
  type DomainError,
  type Lead,
  type Opportunity,
  type UseCaseContext,
} from '@channel-crm/domain/server';
import type { AdaptiveCard } from '../cards/adaptive-card';
import { cardText, type CardText } from '../cards/card-text';
import { errorCard } from '../cards/error-card';
import { errorText } from '../cards/error-text';
import { leadCard } from '../cards/lead-card';
import { opportunityCard } from '../cards/opportunity-card';
import type { BotServices } from '../bot-services';

export type RecordType = 'lead' | 'opportunity';

export type CardOptions = {
  /** A line above the card: what changed meanwhile, what is missing. */
  notice?: string;
  /** What happened, on a notification. */
  headline?: string;
  /** The event a notification card announced; kept through its actions and refreshes. */
  eventId?: string;
  /** A card shared in a conversation: everyone there gets their own copy, not only its people. */
  refreshForAll?: boolean;
};

export const contextFor = (
  services: BotServices,
  actor: Actor,
  commitId: string,
): UseCaseContext => ({
  actor,
  store: services.store,
  clock: services.clock,
  ids: services.ids,
  commitId,
});

/** What a refused action or an unreadable record shows instead of the card. */
export function refusalCard(error: DomainError, t: CardText): AdaptiveCard {
  switch (error.kind) {
    case 'not_found':
      return errorCard(t.notAvailable, t.noSuchRecord);
    case 'forbidden':
      return errorCard(t.notAllowed, errorText(error, t));
    default:
      return errorCard(t.didNotWork, errorText(error, t));
  }
}

const peopleOf = (r: Lead | Opportunity) => [
  ...new Set([...r.subscriberIds, ...(r.ownerId ? [r.ownerId] : []), ...r.coOwnerIds]),
];

/** Mute is per viewer: each refresh shows the viewer their own state (a read only). */
async function viewerMuted(services: BotServices, actor: Actor, recordId: string) {
  const prefs = await services.state.preferences.get(actor.tenantId, actor.userId);
  return prefs.mutedRecordIds.includes(recordId);
}

/** The viewer's own locale (their profile): the card's language and how it writes amounts. */
export async function viewerLocale(services: BotServices, actor: Actor) {
  return (await services.store.users.get(actor.tenantId, actor.userId))?.locale ?? 'en';
}

/** The owner's name, read alongside the viewer's locale that says what stands in for it. */
async function ownerName(services: BotServices, r: Lead | Opportunity) {
  if (!r.ownerId) return (t: CardText) => t.unassigned;
  const name = (await services.store.users.get(r.tenantId, r.ownerId))?.name;
  return (t: CardText) => name ?? t.unknownUser;
}

/** Who claimed the lead (its owner, whose name the card reads anyway, unless it changed). */
async function claimerName(
  services: BotServices,
  lead: Lead,
): Promise<(t: CardText, owner: string) => string | undefined> {
  if (!lead.claimedBy) return () => undefined;
  if (lead.claimedBy === lead.ownerId) return (_t, owner) => owner;
  const name = (await services.store.users.get(lead.tenantId, lead.claimedBy))?.name;
  return (t: CardText) => name ?? t.unknownUser;
}

/**
 * Claim is offered to whom it would work for: a member who may claim a lead of the pool, or the
 * owner who has not accepted theirs yet; never on a closed, archived or claimed lead.
 */
const claimableBy = (actor: Actor, lead: Lead) =>
  lead.claimedBy === undefined &&
  (lead.ownerId === undefined || lead.ownerId === actor.userId) &&
  (lead.status === 'new' || lead.status === 'working') &&
  !lead.archived &&
  lead.anonymizedAt === undefined &&
  guardClaim(actor, lead) === undefined;

/** The record's space (one point read, alongside the card's other reads): is it pinned to a channel? */
const spaceOf = (services: BotServices, r: Lead | Opportunity) =>
  services.store.spaces.get(r.tenantId, r.spaceId);

export async function opportunityCardFor(
  services: BotServices,
  actor: Actor,
  opportunity: Opportunity,
  { refreshForAll, ...shown }: CardOptions,
): Promise<AdaptiveCard> {
  const [pipeline, owner, muted, locale, space] = await Promise.all([
    services.store.pipelines.get(opportunity.tenantId, opportunity.pipelineId),
    ownerName(services, opportunity),
    viewerMuted(services, actor, opportunity.id),
    viewerLocale(services, actor),
    spaceOf(services, opportunity),
  ]);
  const t = cardText(locale);
  if (!pipeline) return errorCard(t.notAvailable, t.pipelineMissing);
  return opportunityCard({
    opportunity,
    pipeline,
    ownerName: owner(t),
    locale,
    viewerCanEdit: canEdit(actor, opportunity),
    viewerFollows: opportunity.subscriberIds.includes(actor.userId),
    viewerMuted: muted,
    tab: services.tab,
    ...(space ? { space } : {}),
    ...(refreshForAll ? {} : { refreshUserIds: peopleOf(opportunity) }),
    actionId: services.ids.uuid(),
    ...shown,
  });
}

export async function leadCardFor(
  services: BotServices,
  actor: Actor,
  lead: Lead,
  { refreshForAll, ...shown }: CardOptions,
): Promise<AdaptiveCard> {
  const [owner, claimer, muted, locale, space] = await Promise.all([
    ownerName(services, lead),
    claimerName(services, lead),
    viewerMuted(services, actor, lead.id),
    viewerLocale(services, actor),
    spaceOf(services, lead),
  ]);
  const t = cardText(locale);
  const claimedBy = claimer(t, owner(t));
  return leadCard({
    lead,
    ownerName: owner(t),
    ...(claimedBy === undefined ? {} : { claimerName: claimedBy }),
    locale,
    viewerShare: shareOf(lead, actor.userId),
    viewerFollows: lead.subscriberIds.includes(actor.userId),
    viewerMuted: muted,
    tab: services.tab,
    ...(space ? { space } : {}),
    ...(refreshForAll ? {} : { refreshUserIds: peopleOf(lead) }),
    actionId: services.ids.uuid(),
    claimable: claimableBy(actor, lead),
    ...shown,
  });
}

/**
 * The record's current card as `actor` may see it, read through the same use cases as the API
 * (a hidden or another tenant's record answers an error card). Reads only.
 */
export async function recordCard(
  services: BotServices,
  actor: Actor,
  type: RecordType,
  id: string,
  options: CardOptions = {},
): Promise<AdaptiveCard> {
  const ctx = contextFor(services, actor, `read:${services.ids.uuid()}`);
  if (type === 'lead') {
    const lead = await getLead(ctx, id);
    if (lead.ok) return leadCardFor(services, actor, lead.value, options);
    return refusalCard(lead.error, cardText(await viewerLocale(services, actor)));
  }
  const opportunity = await getOpportunity(ctx, id);
  if (opportunity.ok) return opportunityCardFor(services, actor, opportunity.value, options);
  return refusalCard(opportunity.error, cardText(await viewerLocale(services, actor)));
}
