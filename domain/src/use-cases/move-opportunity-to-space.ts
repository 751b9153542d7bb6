import { MoveToSpaceInput, type Opportunity } from '../model/opportunity';
import { diffFields } from '../rules/changes';
import { canCreateIn, guardEdit } from '../rules/permissions';
import { mapStage } from '../rules/pipeline';
import { forbidden, notFound, ok, ruleBroken, type Result } from '../result';
import { commitRecord } from './commit-record';
import type { UseCaseContext } from './context';
import { defaultPipeline } from './default-pipeline';
import { editableOpportunity, pipelineOf } from './opportunity-access';
import { refuseNonMembers } from './space-members';

/**
 * Moves a deal to another space: into that space's default pipeline, at the stage of the same
 * name or else the first open one (a lost deal: the first lost stage). A won and locked deal
 * stays where it is. Its owner and co-owners must be members of the space it goes to (422
 * `user_not_in_space`). Its activities carry the new space, for task sharing.
 */
export async function moveOpportunityToSpace(
  ctx: UseCaseContext,
  id: string,
  input: MoveToSpaceInput,
  expectedVersion: number,
): Promise<Result<Opportunity>> {
  const opportunity = await editableOpportunity(ctx, id);
  if (!opportunity.ok) return opportunity;
  if (opportunity.value.spaceId === input.spaceId) return ok(opportunity.value);
  const space = await ctx.store.spaces.get(ctx.actor.tenantId, input.spaceId);
  if (!space) return notFound('space', input.spaceId);
  if (!canCreateIn(ctx.actor, input.spaceId)) {
    return forbidden(
      'You may move opportunities only into spaces you belong to',
      'not_space_member',
    );
  }
  // Its owner and co-owners must be able to see it where it goes.
  const { ownerId, coOwnerIds } = opportunity.value;
  const outsider = await refuseNonMembers(ctx, input.spaceId, [ownerId, ...coOwnerIds]);
  if (outsider) return outsider;
  const from = await pipelineOf(ctx, opportunity.value);
  if (!from.ok) return from;
  const to = await defaultPipeline(ctx, input.spaceId);
  if (!to.ok) return to;
  const stage = mapStage(from.value, opportunity.value.stageId, to.value);
  if (!stage) {
    return ruleBroken(
      'no_matching_stage',
      `Pipeline "${to.value.name}" has no stage for this deal`,
      { pipeline: to.value.name },
    );
  }
  const moved: Opportunity = {
    ...opportunity.value,
    spaceId: input.spaceId,
    pipelineId: to.value.id,
    stageId: stage.id,
    probability: stage.probability,
  };
  const denied = guardEdit(ctx.actor, moved);
  if (denied) return denied;
  const written = await commitRecord(ctx, moved, expectedVersion, [
    {
      type: 'opportunity.moved_space',
      changes: diffFields(opportunity.value, moved, [
        'spaceId',
        'pipelineId',
        'stageId',
        'probability',
      ]),
      data: {
        fromSpaceId: opportunity.value.spaceId,
        toSpaceId: input.spaceId,
        toSpaceName: space.name,
      },
    },
  ]);
  // Task sharing judges who may see the deal by the space its activities carry.
  if (written.ok) {
    await ctx.store.activities.rewriteForRecord(ctx.actor.tenantId, id, (activity) =>
      activity.record.spaceId === input.spaceId
        ? undefined
        : { ...activity, record: { ...activity.record, spaceId: input.spaceId } },
    );
  }
  return written;
}
