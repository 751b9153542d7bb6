import type { Container, OperationInput } from '@azure/cosmos';
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
const shardOf = (commitId: string) => {
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
