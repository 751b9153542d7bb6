import { z } from 'zod';
import { Id } from './common';

/** Per currency, in minor units. */
const Sums = z.record(z.string(), z.number());

/** My CRM's figures, counted by the server over everything the signed-in user may see. */
export const MyFigures = z.object({
  /** My leads that are new or being worked on, not archived. */
  openLeads: z.number().int(),
  /** My open deals. */
  openOpportunities: z.number().int(),
  /** My open deals whose expected close date has passed. */
  overdueOpportunities: z.number().int(),
  /**
   * The open stages' totals of the spaces' pipelines, from the stage summaries. Absent when the
   * user sees only part of a space (a partner user): totals would leak.
   */
  pipeline: z.object({ amounts: Sums, weightedAmounts: Sums }).optional(),
});
export type MyFigures = z.infer<typeof MyFigures>;

export const GetMyFiguresInput = z.object({
  /** One space; absent: every space the user may see. */
  spaceId: Id.optional(),
});
export type GetMyFiguresInput = z.infer<typeof GetMyFiguresInput>;
