import { z } from 'zod';
import { OpportunityListItem } from './opportunity';
import { Pipeline, Stage } from './pipeline';

/** One stage's figures from its summary documents (amounts per currency, in minor units). */
export const StageFigures = z.object({
  count: z.number().int(),
  amounts: z.record(z.string(), z.number()),
  weightedAmounts: z.record(z.string(), z.number()),
});
export type StageFigures = z.infer<typeof StageFigures>;

export const BoardColumn = z.object({
  stage: Stage,
  /** Absent when the viewer sees only part of the space (a partner user): totals would leak. */
  figures: StageFigures.optional(),
  /** With the primary account's name where the viewer may see that account. */
  opportunities: z.array(OpportunityListItem),
  continuation: z.string().optional(),
});
export type BoardColumn = z.infer<typeof BoardColumn>;

/** What GET /pipelines/{id}/board answers: the pipeline and a column per stage. */
export const Board = z.object({ pipeline: Pipeline, columns: z.array(BoardColumn) });
export type Board = z.infer<typeof Board>;

export const GetBoardInput = z.object({
  /** Deals per column on the first load; each column pages on by its continuation. */
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type GetBoardInput = z.infer<typeof GetBoardInput>;
