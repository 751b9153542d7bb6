import type { Opportunity } from '../model/opportunity';
import type { Pipeline, PipelineInput, Stage, StageKind } from '../model/pipeline';
import { invalid, ok, ruleBroken, type FieldError, type Result } from '../result';
import { assertEditable } from './closing';

/** What a seller expects a new stage of each kind to say (the settings form pre-fills it). */
export const SUGGESTED_PROBABILITY: Record<Exclude<StageKind, 'open'>, number> = {
  won: 100,
  lost: 0,
};

/**
 * Checks a pipeline definition and gives every stage an id (kept when given, new otherwise).
 * At least one open, one won and one lost stage; stage names unique (ignoring case).
 */
export function validatePipeline(
  input: PipelineInput,
  newId: () => string,
): Result<{ name: string; stages: Stage[] }> {
  const errors: FieldError[] = [];
  for (const kind of ['open', 'won', 'lost'] as const) {
    if (!input.stages.some((s) => s.kind === kind)) {
      errors.push({
        path: 'stages',
        message: `A pipeline needs at least one ${kind} stage`,
        code: 'field.stage_kinds_required',
        params: {},
      });
    }
  }
  const seenNames = new Map<string, number>();
  const seenIds = new Set<string>();
  input.stages.forEach((stage, index) => {
    const key = stage.name.trim().toLocaleLowerCase();
    const first = seenNames.get(key);
    if (first !== undefined) {
      errors.push({
        path: `stages.${index}.name`,
        message: `"${stage.name}" is already the name of stage ${first + 1}`,
        code: 'field.stage_name_taken',
        params: { name: stage.name, position: first + 1 },
      });
    } else seenNames.set(key, index);
    if (stage.probability < 0 || stage.probability > 100 || !Number.isInteger(stage.probability)) {
      errors.push({
        path: `stages.${index}.probability`,
        message: 'A probability is a whole number from 0 to 100',
        code: 'field.probability_range',
        params: {},
      });
    }
    if (stage.id !== undefined) {
      if (seenIds.has(stage.id)) {
        errors.push({
          path: `stages.${index}.id`,
          message: 'Two stages share this id',
          code: 'field.stage_id_shared',
          params: {},
        });
      }
      seenIds.add(stage.id);
    }
  });
  if (errors.length > 0) return invalid(errors);
  return ok({
    name: input.name.trim(),
    stages: input.stages.map((s) => ({
      id: s.id ?? newId(),
      name: s.name.trim(),
      probability: s.probability,
      kind: s.kind,
    })),
  });
}

/** Hints for the settings form: won stages usually say 100 %, lost ones 0 %. Not refusals. */
export function probabilityHints(stages: Pick<Stage, 'kind' | 'probability'>[]): FieldError[] {
  return stages.flatMap((stage, index) =>
    stage.kind !== 'open' && stage.probability !== SUGGESTED_PROBABILITY[stage.kind]
      ? [
          {
            path: `stages.${index}.probability`,
            message: `A ${stage.kind} stage usually has ${SUGGESTED_PROBABILITY[stage.kind]} %`,
            code: 'field.unusual_probability',
            params: { suggested: SUGGESTED_PROBABILITY[stage.kind] },
          },
        ]
      : [],
  );
}

/**
 * Refuses a redefinition that would strand deals: a stage that still holds deals may not be
 * removed nor change its kind (an open deal would sit in a won column, or the reverse).
 */
export function checkStageChanges(
  current: Pipeline,
  nextStages: Stage[],
  opportunitiesInStage: (stageId: string) => number,
): Result<Stage[]> {
  const errors: FieldError[] = [];
  for (const stage of current.stages) {
    const count = opportunitiesInStage(stage.id);
    if (count === 0) continue;
    const next = nextStages.find((s) => s.id === stage.id);
    if (!next) {
      errors.push({
        path: 'stages',
        message: `Stage "${stage.name}" still holds ${count} deal(s); move them before removing it`,
        code: 'field.stage_holds_opportunities',
        params: { stage: stage.name, count },
      });
    } else if (next.kind !== stage.kind) {
      errors.push({
        path: 'stages',
        message: `Stage "${stage.name}" still holds ${count} deal(s); its kind cannot change`,
        code: 'field.stage_kind_frozen',
        params: { stage: stage.name, count },
      });
    }
  }
  return errors.length > 0 ? invalid(errors) : ok(nextStages);
}

export const findStage = (pipeline: Pipeline, stageId: string): Stage | undefined =>
  pipeline.stages.find((s) => s.id === stageId);

export const stagesOfKind = (pipeline: Pipeline, kind: StageKind): Stage[] =>
  pipeline.stages.filter((s) => s.kind === kind);

export const firstOpenStage = (pipeline: Pipeline): Stage | undefined =>
  pipeline.stages.find((s) => s.kind === 'open');

/** The stage a deal takes when it enters a pipeline: the one asked for, or the first open one. */
export function entryStage(pipeline: Pipeline, stageId?: string): Result<Stage> {
  const stage = stageId ? findStage(pipeline, stageId) : firstOpenStage(pipeline);
  if (!stage) {
    return ruleBroken(
      'stage_not_in_pipeline',
      `Stage ${stageId ?? '(first open)'} is not a stage of pipeline "${pipeline.name}"`,
      { pipeline: pipeline.name },
    );
  }
  if (stage.kind !== 'open') {
    return ruleBroken(
      'close_through_closing',
      `"${stage.name}" is a ${stage.kind} stage: a new deal starts in an open stage`,
      { stage: stage.name },
      'new_opportunity_open_stage',
    );
  }
  return ok(stage);
}

/**
 * Moves a deal to another open stage of its own pipeline. Won and lost stages are reached only
 * by closing (which asks for the reason). Moving a lost deal — or a won one after it was
 * unlocked — back to an open stage reopens it: status open, close reason and date cleared.
 * Moving to the stage the deal is in changes nothing and answers the deal itself.
 */
export function moveStage(
  opportunity: Opportunity,
  pipeline: Pipeline,
  stageId: string,
): Result<Opportunity> {
  const editable = assertEditable(opportunity);
  if (!editable.ok) return editable;
  if (pipeline.id !== opportunity.pipelineId) {
    return ruleBroken(
      'stage_not_in_pipeline',
      'The pipeline given is not the deal’s pipeline',
      {},
      'pipeline_mismatch',
    );
  }
  const stage = findStage(pipeline, stageId);
  if (!stage) {
    return ruleBroken(
      'stage_not_in_pipeline',
      `That stage is not in pipeline "${pipeline.name}"; a deal moves only within its own pipeline`,
      { pipeline: pipeline.name },
    );
  }
  if (stage.kind !== 'open') {
    return ruleBroken(
      'close_through_closing',
      `"${stage.name}" is a ${stage.kind} stage: mark the deal ${stage.kind} with a reason instead`,
      { stage: stage.name },
    );
  }
  if (stage.id === opportunity.stageId && opportunity.status === 'open') return ok(opportunity);
  return ok({
    ...opportunity,
    stageId: stage.id,
    probability: stage.probability,
    status: 'open',
    closeReason: undefined,
    closedAt: undefined,
  });
}

/**
 * Where a deal lands in another pipeline (move to another space): the stage of the same name
 * (ignoring case), else the first open stage. Closed deals keep their outcome: a won or lost
 * deal maps to the first stage of that kind.
 */
export function mapStage(from: Pipeline, stageId: string, to: Pipeline): Stage | undefined {
  const current = findStage(from, stageId);
  const sameName = current
    ? to.stages.find(
        (s) =>
          s.kind === current.kind &&
          s.name.toLocaleLowerCase() === current.name.toLocaleLowerCase(),
      )
    : undefined;
  if (sameName) return sameName;
  return current && current.kind !== 'open'
    ? stagesOfKind(to, current.kind)[0]
    : firstOpenStage(to);
}
