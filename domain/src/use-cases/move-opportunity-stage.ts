import { MoveStageInput, type Opportunity } from '../model/opportunity';
import { diffFields } from '../rules/changes';
import { findStage, moveStage } from '../rules/pipeline';
import type { Result } from '../result';
import { commitRecord } from './commit-record';
import type { UseCaseContext } from './context';
import { editableOpportunity, pipelineOf } from './opportunity-access';

/**
 * Moves a deal to another open stage of its pipeline (a lost deal moved back reopens). Moving
 * it to the stage it is in changes nothing.
 */
export async function moveOpportunityStage(
  ctx: UseCaseContext,
  id: string,
  input: MoveStageInput,
  expectedVersion: number,
): Promise<Result<Opportunity>> {
  const opportunity = await editableOpportunity(ctx, id);
  if (!opportunity.ok) return opportunity;
  const pipeline = await pipelineOf(ctx, opportunity.value);
  if (!pipeline.ok) return pipeline;
  const moved = moveStage(opportunity.value, pipeline.value, input.stageId);
  if (!moved.ok || moved.value === opportunity.value) return moved;
  const changes = diffFields(opportunity.value, moved.value, [
    'stageId',
    'probability',
    'status',
    'closeReason',
  ]);
  return commitRecord(ctx, moved.value, expectedVersion, [
    {
      type: 'opportunity.stage_changed',
      changes,
      data: {
        fromStageId: opportunity.value.stageId,
        fromStageName: findStage(pipeline.value, opportunity.value.stageId)?.name,
        toStageId: moved.value.stageId,
        toStageName: findStage(pipeline.value, moved.value.stageId)?.name,
      },
    },
  ]);
}
