import type { Container, OperationInput, PatchOperation } from '@azure/cosmos';
import type { StageSummary } from '../model/summary';
import { SCHEMA_VERSION } from './migrations';
import { readDocument } from './point-read';
import { asJson } from './stored-document';
import type { SummaryDelta } from './summary-delta';

/** Summaries keep more commit ids than records: every deal of a pipeline writes to them. */
const RECENT_SUMMARY_COMMITS = 50;

export type StoredSummary = StageSummary & { commits?: string[]; _etag?: string };

/**
 * Each stage's figures are spread over this many documents, each commit adding to one picked by
 * its id, so deals created or moved at once in one stage rarely race for the same document;
 * reads add the shards up.
 */
export const SUMMARY_SHARDS = 8;

/** The shard of a commit: the same for every retry of it, so a retry finds its own mark. */
export const shardOf = (commitId: string) => {
  let hash = 0;
  for (const char of commitId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % SUMMARY_SHARDS;
};

const stageSummaryId = (pipelineId: string, stageId: string) =>
  `stage-summary-${pipelineId}-${stageId}`;

export const summaryId = (pipelineId: string, stageId: string, commitId: string) =>
  `${stageSummaryId(pipelineId, stageId)}-${shardOf(commitId)}`;

const add = (figures: Record<string, number>, delta: Record<string, number>) => {
  const sum = { ...figures };
  for (const [currency, value] of Object.entries(delta))
    sum[currency] = (sum[currency] ?? 0) + value;
  return sum;
};

/**
 * The batch operations that apply `deltas` to the stage summaries: a Replace guarded by the
 * summary's _etag, or a Create for a stage's first deal. A summary that already carries
 * `commitId` got this change earlier (a batch the local server applied in part) and is skipped.
 */
export async function summaryOperations(
  container: Container,
  tenantId: string,
  deltas: SummaryDelta[],
  commitId: string,
  actorId: string,
  now: string,
): Promise<OperationInput[]> {
  const current = await Promise.all(
    deltas.map((d) =>
      readDocument<StoredSummary>(
        container,
        tenantId,
        summaryId(d.pipelineId, d.stageId, commitId),
      ),
    ),
  );
  const operations: OperationInput[] = [];
  deltas.forEach((delta, i) => {
    const summary = current[i];
    if (summary?.commits?.includes(commitId)) return;
    const id = summaryId(delta.pipelineId, delta.stageId, commitId);
    const next: StoredSummary = {
      id,
      tenantId,
      type: 'stage-summary',
      pipelineId: delta.pipelineId,
      stageId: delta.stageId,
      schemaVersion: SCHEMA_VERSION,
      version: (summary?.version ?? 0) + 1,
      createdAt: summary?.createdAt ?? now,
      createdBy: summary?.createdBy ?? actorId,
      updatedAt: now,
      updatedBy: actorId,
      count: (summary?.count ?? 0) + delta.count,
      amounts: add(summary?.amounts ?? {}, delta.amounts),
      weightedAmounts: add(summary?.weightedAmounts ?? {}, delta.weightedAmounts),
      commits: [...(summary?.commits ?? []), commitId].slice(-RECENT_SUMMARY_COMMITS),
    };
    operations.push(
      summary
        ? {
            operationType: 'Replace',
            id,
            partitionKey: tenantId,
            ifMatch: summary._etag,
            resourceBody: asJson(next),
          }
        : { operationType: 'Create', partitionKey: tenantId, resourceBody: asJson(next) },
    );
  });
  return operations;
}

/**
 * The Creates of the empty shards of stages a pipeline write adds, so moves into them can patch
 * their figures without reading them first.
 */
export function newStageShards(
  tenantId: string,
  pipeline: { id: string; stages?: { id: string }[] },
  before: { stages?: { id: string }[] } | undefined,
  actorId: string,
  now: string,
): OperationInput[] {
  const existing = new Set((before?.stages ?? []).map((stage) => stage.id));
  return (pipeline.stages ?? [])
    .filter((stage) => !existing.has(stage.id))
    .flatMap((stage) =>
      Array.from({ length: SUMMARY_SHARDS }, (_, shard): OperationInput => {
        const empty: StoredSummary = {
          id: `${stageSummaryId(pipeline.id, stage.id)}-${shard}`,
          tenantId,
          type: 'stage-summary',
          pipelineId: pipeline.id,
          stageId: stage.id,
          schemaVersion: SCHEMA_VERSION,
          version: 1,
          createdAt: now,
          createdBy: actorId,
          updatedAt: now,
          updatedBy: actorId,
          count: 0,
          amounts: {},
          weightedAmounts: {},
        };
        return { operationType: 'Create', partitionKey: tenantId, resourceBody: asJson(empty) };
      }),
    );
}

/** Cosmos DB takes at most 10 operations in one Patch. */
const MAX_PATCH_OPERATIONS = 10;

/**
 * The batch operations that add `deltas` to the stage summaries without reading them: Patches
 * that increment the figures of the commit's shard. A Patch of a shard that does not exist yet
 * fails the batch with 404; the commit then falls back to `summaryOperations`, which creates it.
 *
 * These shards record no commit ids: a retry cannot count twice because a transactional batch
 * is atomic. A commit whose record already carries its id had its Patches applied in that same
 * batch, so its deltas are not applied again; a batch that failed applied nothing.
 */
export function summaryPatches(
  tenantId: string,
  deltas: SummaryDelta[],
  commitId: string,
  actorId: string,
  now: string,
): OperationInput[] {
  return deltas.flatMap((delta) => {
    const id = summaryId(delta.pipelineId, delta.stageId, commitId);
    const increments: PatchOperation[] = [
      ...figurePatches('amounts', delta.amounts),
      ...figurePatches('weightedAmounts', delta.weightedAmounts),
    ];
    const first: PatchOperation[] = [
      { op: 'incr', path: '/count', value: delta.count },
      { op: 'incr', path: '/version', value: 1 },
      { op: 'set', path: '/updatedAt', value: now },
      { op: 'set', path: '/updatedBy', value: actorId },
    ];
    const patches = [first];
    for (const increment of increments) {
      const last = patches.at(-1)!;
      if (last.length < MAX_PATCH_OPERATIONS) last.push(increment);
      else patches.push([increment]);
    }
    return patches.map((operations): OperationInput => ({
      operationType: 'Patch',
      id,
      partitionKey: tenantId,
      resourceBody: { operations },
    }));
  });
}

const figurePatches = (field: string, figures: Record<string, number>): PatchOperation[] =>
  Object.entries(figures)
    .filter(([, value]) => value !== 0)
    .map(([currency, value]) => ({ op: 'incr', path: `/${field}/${currency}`, value }));

/** One summary per stage from its shards (and from an unsharded summary older data holds). */
export function mergeShards(stored: StoredSummary[]): StageSummary[] {
  const byStage = new Map<string, StageSummary>();
  for (const shard of stored) {
    const merged = byStage.get(shard.stageId);
    if (!merged) {
      byStage.set(shard.stageId, {
        ...toStageSummary(shard),
        id: stageSummaryId(shard.pipelineId, shard.stageId),
      });
      continue;
    }
    byStage.set(shard.stageId, {
      ...merged,
      version: merged.version + shard.version,
      createdAt: merged.createdAt < shard.createdAt ? merged.createdAt : shard.createdAt,
      ...(merged.updatedAt < shard.updatedAt
        ? { updatedAt: shard.updatedAt, updatedBy: shard.updatedBy }
        : {}),
      count: merged.count + shard.count,
      amounts: add(merged.amounts, shard.amounts),
      weightedAmounts: add(merged.weightedAmounts, shard.weightedAmounts),
    });
  }
  return [...byStage.values()];
}

function toStageSummary(stored: StoredSummary): StageSummary {
  const summary: Record<string, unknown> = { ...stored };
  for (const field of ['commits', '_rid', '_self', '_etag', '_ts', '_attachments']) {
    delete summary[field];
  }
  return summary as StageSummary;
}
