import { MoveStageInput, type Opportunity } from '../model/opportunity';
import { diffFields } from '../rules/changes';
import { findStage, moveStage } from '../rules/pipeline';
import type { Result } from '../result';
import { commitRecord } from './commit-record';
import type { UseCaseContext } from './context';
import { editableOpportunityInPipeline } from './opportunity-access';

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
  const found = await editableOpportunityInPipeline(ctx, id);
  if (!found.ok) return found;
  const { opportunity, pipeline } = found.value;
  const moved = moveStage(opportunity, pipeline, input.stageId);
  if (!moved.ok || moved.value === opportunity) return moved;
  const changes = diffFields(opportunity, moved.value, [
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
        fromStageId: opportunity.stageId,
        fromStageName: findStage(pipeline, opportunity.stageId)?.name,
        toStageId: moved.value.stageId,
        toStageName: findStage(pipeline, moved.value.stageId)?.name,
      },
    },
  ]);
}
