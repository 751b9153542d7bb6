import { CloseOpportunityInput, type Opportunity } from '../model/opportunity';
import { diffFields } from '../rules/changes';
import { applyClose } from '../rules/closing';
import type { Result } from '../result';
import { commitRecord } from './commit-record';
import type { UseCaseContext } from './context';
import { editableOpportunity, pipelineOf } from './opportunity-access';

/** Marks a deal won (which locks it) or lost, with the reason. */
export async function closeOpportunity(
  ctx: UseCaseContext,
  id: string,
  input: CloseOpportunityInput,
  expectedVersion: number,
): Promise<Result<Opportunity>> {
  const opportunity = await editableOpportunity(ctx, id);
  if (!opportunity.ok) return opportunity;
  const pipeline = await pipelineOf(ctx, opportunity.value);
  if (!pipeline.ok) return pipeline;
  const closed = applyClose(opportunity.value, pipeline.value, input, ctx.clock.now());
  if (!closed.ok) return closed;
  const changes = diffFields(opportunity.value, closed.value, [
    'status',
    'stageId',
    'probability',
    'closeReason',
    'locked',
  ]);
  return commitRecord(ctx, closed.value, expectedVersion, [
    {
      type: input.outcome === 'won' ? 'opportunity.won' : 'opportunity.lost',
      changes,
      data: { reason: closed.value.closeReason, stageId: closed.value.stageId },
    },
  ]);
}
