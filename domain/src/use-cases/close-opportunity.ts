import { z } from 'zod';
import { Id } from '../model/common';
import type { Opportunity } from '../model/opportunity';
import { diffFields } from '../rules/changes';
import { closeDeal } from '../rules/closing';
import type { Result } from '../result';
import { commitRecord } from './commit-record';
import type { UseCaseContext } from './context';
import { editableOpportunity, pipelineOf } from './opportunity-access';

/** The reason is checked by the rule, so a missing one is explained rather than just rejected. */
export const CloseOpportunityInput = z.object({
  outcome: z.enum(['won', 'lost']),
  reason: z.string().max(500).optional(),
  stageId: Id.optional(),
});
export type CloseOpportunityInput = z.infer<typeof CloseOpportunityInput>;

/** Marks a deal won (which locks it) or lost, with the reason. */
export async function closeOpportunity(
  ctx: UseCaseContext,
  id: string,
  input: CloseOpportunityInput,
  expectedVersion: number,
): Promise<Result<Opportunity>> {
  const deal = await editableOpportunity(ctx, id);
  if (!deal.ok) return deal;
  const pipeline = await pipelineOf(ctx, deal.value);
  if (!pipeline.ok) return pipeline;
  const closed = closeDeal(deal.value, pipeline.value, input, ctx.clock.now());
  if (!closed.ok) return closed;
  const changes = diffFields(deal.value, closed.value, [
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
