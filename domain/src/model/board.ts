import type { DealListItem } from './opportunity';
import type { Pipeline, Stage } from './pipeline';

/** One stage's figures from its summary documents (amounts per currency, in minor units). */
export type StageFigures = {
  count: number;
  amounts: Record<string, number>;
  weightedAmounts: Record<string, number>;
};

export type BoardColumn = {
  stage: Stage;
  /** Absent when the viewer sees only part of the space (a partner user): totals would leak. */
  figures?: StageFigures;
  /** With the primary account's name where the viewer may see that account. */
  deals: DealListItem[];
  continuation?: string;
};

/** What GET /pipelines/{id}/board answers: the pipeline and a column per stage. */
export type Board = { pipeline: Pipeline; columns: BoardColumn[] };
