/**
 * What applying a task template plans. Every step's delay counts working days from the anchor
 * (the instant the template is applied, or the deal's close), not from the step before: the
 * admin reads a template as "day 0, day 2, day 7", and editing one step then moves no other.
 */
import type { PostSaleTemplates, TaskTemplate } from '../model/task-template';
import type { CloseOutcome } from './closing';
import { derivedId } from './deterministic-id';
import { dueAfterWorkingDays } from './task-schedule';

export type TemplateRun = {
  /** When the template is applied; the delays count from its local date. */
  anchor: string;
  /** The assignee's time zone (an unknown one is read as UTC). */
  timeZone: string;
  assigneeId: string;
  /**
   * Names this application: the same key plans the same ids, so applying a run again (a retry,
   * a deal re-closed after an unlock) creates nothing new. At most 200 characters.
   */
  runKey: string;
};

export type PlannedTask = {
  /** Derived from the run key and the step's position. */
  id: string;
  typeId: string;
  title: string;
  dueAt: string;
  allDay: boolean;
  durationMinutes?: number;
  assigneeId: string;
  /** The run key, kept on the activity. */
  templateRunId: string;
};

const MAX_RUN_KEY = 200;

/** The tasks one application of the template creates, in the template's order. */
export function planTemplate(
  template: Pick<TaskTemplate, 'steps'>,
  run: TemplateRun,
): PlannedTask[] {
  if (run.runKey.length === 0 || run.runKey.length > MAX_RUN_KEY)
    throw new RangeError(`A run key has 1 to ${MAX_RUN_KEY} characters`);
  return template.steps.map((step, index) => ({
    id: derivedId(run.runKey, `step-${index}`),
    typeId: step.typeId,
    title: step.title,
    ...dueAfterWorkingDays(run.anchor, step.delayDays, run.timeZone, step.time),
    ...(step.durationMinutes === undefined ? {} : { durationMinutes: step.durationMinutes }),
    assigneeId: run.assigneeId,
    templateRunId: run.runKey,
  }));
}

/** The templates a pipeline applies on closing one of its deals this way. */
export const postSaleTemplateIds = (
  postSale: PostSaleTemplates | undefined,
  outcome: CloseOutcome,
): string[] => postSale?.[outcome] ?? [];

/**
 * The run key of a post-sale template on a deal. It holds no close date, so closing the same
 * deal the same way again after an unlock plans the very same tasks.
 */
export const postSaleRunKey = (
  opportunityId: string,
  outcome: CloseOutcome,
  templateId: string,
): string => `post-sale/${opportunityId}/${outcome}/${templateId}`;

/**
 * The most tasks one close may plan from its pipeline's post-sale templates: they are written
 * in the close's own transactional batch (at most 100 operations), beside the deal and its
 * stage summaries.
 */
export const MAX_POST_SALE_TASKS = 60;
