import { CloseOpportunityInput, type Opportunity } from '../model/opportunity';
import { diffFields } from '../rules/changes';
import { applyClose } from '../rules/closing';
import type { Result } from '../result';
import { commitRecord } from './commit-record';
import type { UseCaseContext } from './context';
import { editableOpportunityInPipeline } from './opportunity-access';

/** Marks a deal won (which locks it) or lost, with the reason. */
export async function closeOpportunity(
  ctx: UseCaseContext,
  id: string,
  input: CloseOpportunityInput,
  expectedVersion: number,
): Promise<Result<Opportunity>> {
  const found = await editableOpportunityInPipeline(ctx, id);
  if (!found.ok) return found;
  const { opportunity, pipeline } = found.value;
  const closed = applyClose(opportunity, pipeline, input, ctx.clock.now());
  if (!closed.ok) return closed;
  const changes = diffFields(opportunity, closed.value, [
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
