import { CopyOpportunityInput, type Opportunity } from '../model/opportunity';
import { creationMeta, domainEvent } from '../rules/changes';
import { canCreateIn, guardEdit } from '../rules/permissions';
import { findStage, firstOpenStage } from '../rules/pipeline';
import { forbidden, ruleBroken, type Result } from '../result';
import type { UseCaseContext } from './context';
import { pipelineOf, visibleOpportunity } from './opportunity-access';

/**
 * A new open deal with the fields, accounts and people of another (a won and locked one too),
 * owned by the copier, in the same stage when it is open or else the first open stage.
 * Followers and the close outcome are not copied.
 */
export async function copyOpportunity(
  ctx: UseCaseContext,
  id: string,
  input: CopyOpportunityInput,
): Promise<Result<Opportunity>> {
  const source = await visibleOpportunity(ctx, id);
  if (!source.ok) return source;
  if (!canCreateIn(ctx.actor, source.value.spaceId)) {
    return forbidden(
      'You may create opportunities only in the spaces you belong to',
      'not_space_member',
    );
  }
  const pipeline = await pipelineOf(ctx, source.value);
  if (!pipeline.ok) return pipeline;
  const current = findStage(pipeline.value, source.value.stageId);
  const stage = current?.kind === 'open' ? current : firstOpenStage(pipeline.value);
  if (!stage)
    return ruleBroken('no_open_stage', `Pipeline "${pipeline.value.name}" has no open stage`, {
      pipeline: pipeline.value.name,
    });

  const { value: from } = source;
  const copy: Opportunity = {
    ...creationMeta(ctx, ctx.ids.uuid()),
    type: 'opportunity',
    name: input.name ?? `${from.name} (copy)`.slice(0, 200),
    amount: from.amount,
    expectedCloseDate: from.expectedCloseDate,
    tags: from.tags,
    description: from.description,
    partnerId: from.partnerId,
    spaceId: from.spaceId,
    ownerId: ctx.actor.userId,
    coOwnerIds: [],
    pipelineId: from.pipelineId,
    stageId: stage.id,
    probability: stage.probability,
    status: 'open',
    locked: false,
    accountIds: from.accountIds,
    primaryAccountId: from.primaryAccountId,
    contactId: from.contactId,
    participantIds: from.participantIds,
    subscriberIds: [],
    searchText: '',
  };
  const denied = guardEdit(ctx.actor, copy);
  if (denied) return denied;
  const created = domainEvent(ctx, copy, 'opportunity.created', {
    data: { pipelineId: copy.pipelineId, stageId: copy.stageId, copiedFrom: from.id },
  });
  return ctx.store.opportunities.commit(copy, [created], {
    expectedVersion: 0,
    commitId: ctx.commitId,
  });
}
