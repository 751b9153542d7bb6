import type { CreateOpportunityInput, Opportunity } from '../model/opportunity';
import type { Pipeline } from '../model/pipeline';
import { creationMeta, domainEvent } from '../rules/changes';
import { entryStage } from '../rules/pipeline';
import { canCreateIn, guardEdit, guardView } from '../rules/permissions';
import { linkAccount } from '../rules/primary-account';
import { setContact } from '../rules/roles';
import { forbidden, notFound, ok, ruleBroken, type Result } from '../result';
import type { UseCaseContext } from './context';
import { recordAt } from './merged-record';
import { defaultPipeline } from './default-pipeline';
import { refuseNonMembers } from './space-members';

/**
 * Creates a deal in its space's default pipeline (or the one asked for), in the first open
 * stage (or the open stage asked for), owned by the creator unless an owner is given. A
 * partner user's deals always carry their partner.
 */
export async function createOpportunity(
  ctx: UseCaseContext,
  input: CreateOpportunityInput,
): Promise<Result<Opportunity>> {
  const { tenantId } = ctx.actor;
  if (!canCreateIn(ctx.actor, input.spaceId)) {
    return forbidden(
      'You may create opportunities only in the spaces you belong to',
      'not_space_member',
    );
  }
  const outsider = await refuseNonMembers(ctx, input.spaceId, [input.ownerId]);
  if (outsider) return outsider;
  const pipeline = await chosenPipeline(ctx, input);
  if (!pipeline.ok) return pipeline;
  const stage = entryStage(pipeline.value, input.stageId);
  if (!stage.ok) return stage;

  let draft: Opportunity = {
    ...creationMeta(ctx, ctx.ids.uuid()),
    type: 'opportunity',
    name: input.name,
    amount: input.amount,
    expectedCloseDate: input.expectedCloseDate,
    tags: input.tags,
    description: input.description,
    partnerId: ctx.actor.role === 'partner' ? ctx.actor.partnerId : input.partnerId,
    spaceId: input.spaceId,
    ownerId: input.ownerId ?? ctx.actor.userId,
    coOwnerIds: [],
    pipelineId: pipeline.value.id,
    stageId: stage.value.id,
    probability: stage.value.probability,
    status: 'open',
    locked: false,
    accountIds: [],
    participantIds: [],
    subscriberIds: [],
    searchText: '',
  };
  const denied = guardEdit(ctx.actor, draft);
  if (denied) return denied;

  if (input.accountId) {
    // A merged account's or contact's old id names the record it was merged into.
    const account = await recordAt(ctx.store.accounts, tenantId, input.accountId);
    if (!account) return notFound('account', input.accountId);
    const hidden = guardView(ctx.actor, account);
    if (hidden) return hidden;
    const linked = linkAccount(draft, account.id);
    if (!linked.ok) return linked;
    draft = linked.value;
  }
  if (input.contactId) {
    const contact = await recordAt(ctx.store.contacts, tenantId, input.contactId);
    if (!contact) return notFound('contact', input.contactId);
    const hidden = guardView(ctx.actor, contact);
    if (hidden) return hidden;
    draft = setContact(draft, contact.id);
  }

  const created = domainEvent(ctx, draft, 'opportunity.created', {
    data: { pipelineId: draft.pipelineId, stageId: draft.stageId },
  });
  return ctx.store.opportunities.commit(draft, [created], {
    expectedVersion: 0,
    commitId: ctx.commitId,
  });
}

async function chosenPipeline(
  ctx: UseCaseContext,
  input: CreateOpportunityInput,
): Promise<Result<Pipeline>> {
  if (!input.pipelineId) return defaultPipeline(ctx, input.spaceId);
  const pipeline = await ctx.store.pipelines.get(ctx.actor.tenantId, input.pipelineId);
  if (!pipeline) return notFound('pipeline', input.pipelineId);
  if (pipeline.spaceId !== input.spaceId) {
    return ruleBroken(
      'pipeline_not_in_space',
      `Pipeline "${pipeline.name}" belongs to another space; pick one of this space`,
      { pipeline: pipeline.name },
    );
  }
  return ok(pipeline);
}
