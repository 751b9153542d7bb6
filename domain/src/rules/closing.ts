import type { Opportunity } from '../model/opportunity';
import type { Pipeline } from '../model/pipeline';
import type { ErrorCode } from '../error-codes';
import { invalid, ok, ruleBroken, type Result } from '../result';

export type CloseOutcome = 'won' | 'lost';
export type CloseRequest = { outcome: CloseOutcome; reason?: string; stageId?: string };

export const LOCKED_MESSAGE = 'this opportunity is won and locked';

const NO_STAGE: Record<CloseOutcome, ErrorCode> = { won: 'no_won_stage', lost: 'no_lost_stage' };

/**
 * A won deal is locked: its fields, stage, amount, accounts and participants stay as they were
 * until someone allowed unlocks it. Notes and following are not edits and stay allowed.
 */
export function assertEditable(opportunity: Opportunity): Result<Opportunity> {
  return opportunity.locked ? ruleBroken('opportunity_locked', LOCKED_MESSAGE) : ok(opportunity);
}

/**
 * Marks a deal won or lost; the reason is required. It lands in the stage asked for (which must
 * be of that kind) or the pipeline's first stage of that kind. Won locks the deal. A closed deal
 * that is not locked may be closed again (a lost deal won after all, or a new reason).
 */
export function applyClose(
  opportunity: Opportunity,
  pipeline: Pipeline,
  request: CloseRequest,
  now: string,
): Result<Opportunity> {
  const editable = assertEditable(opportunity);
  if (!editable.ok) return editable;
  const reason = request.reason?.trim() ?? '';
  if (reason === '') {
    return invalid([
      {
        path: 'reason',
        message: `A reason is required to mark the opportunity ${request.outcome}`,
        code: 'field.reason_required',
        params: {},
      },
    ]);
  }
  if (pipeline.id !== opportunity.pipelineId) {
    return ruleBroken(
      'stage_not_in_pipeline',
      'The pipeline given is not the deal’s pipeline',
      {},
      'pipeline_mismatch',
    );
  }
  const stage = request.stageId
    ? pipeline.stages.find((s) => s.id === request.stageId)
    : pipeline.stages.find((s) => s.kind === request.outcome);
  if (!stage) {
    return ruleBroken(
      'stage_not_in_pipeline',
      request.stageId
        ? `That stage is not in pipeline "${pipeline.name}"`
        : `Pipeline "${pipeline.name}" has no ${request.outcome} stage`,
      { pipeline: pipeline.name },
      request.stageId ? 'stage_not_in_pipeline' : NO_STAGE[request.outcome],
    );
  }
  if (stage.kind !== request.outcome) {
    return ruleBroken(
      'stage_kind_mismatch',
      `"${stage.name}" is a ${stage.kind} stage, not a ${request.outcome} one`,
      { stage: stage.name },
    );
  }
  return ok({
    ...opportunity,
    status: request.outcome,
    stageId: stage.id,
    probability: stage.probability,
    closeReason: reason,
    closedAt: now,
    locked: request.outcome === 'won',
  });
}

/**
 * Lifts the lock of a won deal so it can be edited again; it stays won. Unlocking a deal that
 * is not locked changes nothing and answers the deal itself. Who may unlock is
 * permissions.canUnlock's decision, checked by the use case.
 */
export function applyUnlock(opportunity: Opportunity): Result<Opportunity> {
  return opportunity.locked ? ok({ ...opportunity, locked: false }) : ok(opportunity);
}
