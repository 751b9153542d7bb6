import type { Clock } from '../actor';
import { readChunk } from '../import/chunk-reader';
import type { ImportChunkMessage, ImportJob } from '../model/import-job';
import { MAX_BATCH_OPERATIONS } from '../store/commit-writes';
import type { BatchWrite, CrmStore } from '../store/ports';
import { importFileName, type ImportServices } from './import-services';
import { routeImportedLeads } from './route-imported-leads';
import { chunkMessage, importCommitId, layoutOf, mapChunk } from './imported-rows';

export type ChunkOutcome = 'written' | 'finished' | 'skipped';

/** The operations a write takes in a batch: the record's, and one per duplicate key. */
const operationsOf = (write: BatchWrite) => 1 + (write.duplicateKeys?.keys.length ?? 0);

/** Groups each row's writes into batches of at most 100 operations, never splitting a row. */
function batchesOf(rows: BatchWrite[][]): BatchWrite[][] {
  const batches: BatchWrite[][] = [];
  let current: BatchWrite[] = [];
  let operations = 0;
  for (const writes of rows) {
    const needed = writes.reduce((sum, write) => sum + operationsOf(write), 0);
    if (operations + needed > MAX_BATCH_OPERATIONS && current.length > 0) {
      batches.push(current);
      current = [];
      operations = 0;
    }
    current.push(...writes);
    operations += needed;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * Writes the batches one after the other: rows of one chunk share key documents (a company, a
 * domain), and batches replacing the same key document at once would fail each other's guard.
 */
async function writeBatches(store: CrmStore, job: ImportJob, batches: BatchWrite[][]) {
  const commitId = importCommitId(job.id);
  for (const batch of batches) {
    const result = await store.commitBatch(job.tenantId, batch, commitId);
    if (!result.ok)
      throw new Error(`Import ${job.id} could not write rows: ${result.error.message}`);
  }
}

/**
 * Runs one chunk of an import: reads its rows from the chunk's byte offset, writes the good
 * ones (ids from the job and the line, so a chunk run again writes nothing twice) and keeps the
 * bad ones, then moves the job's counts and offset past the chunk, guarded by the job's etag,
 * and queues the next chunk; the last one deletes the file. A message for a chunk already done
 * (sent twice, or re-queued by the recovery sweep) is skipped.
 */
export async function runImportChunk(
  store: CrmStore,
  services: ImportServices,
  clock: Clock,
  message: ImportChunkMessage,
): Promise<ChunkOutcome> {
  const found = await store.imports.get(message.tenantId, message.jobId);
  if (!found) return 'skipped';
  const { job, etag } = found;
  if (job.status !== 'running' || job.chunk !== message.chunk || job.offset !== message.offset)
    return 'skipped';
  const name = importFileName(job);
  const read = await readChunk(
    services.files.read(name, job.offset),
    layoutOf(job),
    { offset: job.offset, line: job.line },
    services.chunkRows,
  );
  const now = clock.now();
  const space = await store.spaces.get(job.tenantId, job.spaceId);
  const mapped = mapChunk(job, read.rows, now, space?.defaultCountry);
  const routed = await routeImportedLeads(store, job, mapped.rows);
  await writeBatches(store, job, batchesOf(routed));
  await store.imports.putProblems(job.tenantId, job.id, mapped.problems);
  const next: ImportJob = {
    ...job,
    counts: {
      read: job.counts.read + read.rows.length,
      stored: job.counts.stored + mapped.rows.length,
      skipped: job.counts.skipped + mapped.problems.length,
    },
    offset: read.next.offset,
    line: read.next.line,
    chunk: job.chunk + 1,
    updatedAt: now,
    ...(read.done ? { status: 'finished' as const, finishedAt: now } : {}),
  };
  const written = await store.imports.replace(next, etag);
  if (written === 'stale') return 'skipped';
  if (read.done) {
    await services.files.remove(name);
    return 'finished';
  }
  await services.queue.enqueue(chunkMessage(next));
  return 'written';
}
