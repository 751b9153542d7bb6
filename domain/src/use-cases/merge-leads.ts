import { MergeLeadInput, type Lead } from '../model/lead';
import { planLeadMerge } from '../rules/merge-leads';
import type { Result } from '../result';
import type { UseCaseContext } from './context';
import { mergeRecords } from './merge-records';

export { MergeLeadInput };

/**
 * Merges one lead into another (see mergeRecords): the survivor keeps the values chosen and
 * both leads' people, a `lead.merged` event carries the field changes, and the merged lead
 * becomes a tombstone redirecting to the survivor; its timeline and activities move.
 */
export const mergeLeads = (
  ctx: UseCaseContext,
  survivorId: string,
  input: MergeLeadInput,
  expectedVersion?: number,
): Promise<Result<Lead>> =>
  mergeRecords(
    ctx,
    {
      type: 'lead',
      repository: ctx.store.leads,
      event: 'lead.merged',
      plan: (survivor, merged) => planLeadMerge(survivor, merged, input.values),
    },
    survivorId,
    input.mergedId,
    expectedVersion,
  );
