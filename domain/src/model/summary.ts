import { z } from 'zod';
import { DocumentMeta, Id } from './common';

/**
 * Per-stage board figures, kept up to date in the same batch as each opportunity change so a
 * board never scans deals for its totals. Amounts are per currency, in minor units.
 */
export const StageSummary = DocumentMeta.extend({
  type: z.literal('stage-summary'),
  pipelineId: Id,
  stageId: Id,
  count: z.number().int().min(0),
  amounts: z.record(z.string(), z.number()),
  weightedAmounts: z.record(z.string(), z.number()),
});
export type StageSummary = z.infer<typeof StageSummary>;
