import type { Clock } from '../actor';
import { readChunk } from '../import/chunk-reader';
import type { ImportChunkMessage, ImportJob } from '../model/import-job';
import { MAX_BATCH_OPERATIONS } from '../store/commit-writes';
import type { BatchWrite, CrmStore } from '../store/ports';
import { importFileName, type ImportServices } from './import-services';
import { chunkMessage, importCommitId, layoutOf, mapChunk } from './imported-rows';

/** Transactional batches of one chunk written at once. */
const PARALLEL_BATCHES = 8;

export type ChunkOutcome = 'written' | 'finished' | 'skipped';

/** Groups each row's writes into batches of at most 100 operations, never splitting a row. */
function batchesOf(rows: BatchWrite[][]): BatchWrite[][] {
  const batches: BatchWrite[][] = [];
  let current: BatchWrite[] = [];
  for (const writes of rows) {
    if (current.length + writes.length > MAX_BATCH_OPERATIONS) {
      batches.push(current);
      current = [];
    }
    current.push(...writes);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

async function writeBatches(store: CrmStore, job: ImportJob, batches: BatchWrite[][]) {
  const commitId = importCommitId(job.id);
  for (let i = 0; i < batches.length; i += PARALLEL_BATCHES) {
    const results = await Promise.all(
      batches
        .slice(i, i + PARALLEL_BATCHES)
        .map((batch) => store.commitBatch(job.tenantId, batch, commitId)),
    );
    const refused = results.find((result) => !result.ok);
    if (refused && !refused.ok)
      throw new Error(`Import ${job.id} could not write rows: ${refused.error.message}`);
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
  const mapped = mapChunk(job, read.rows, now);
  await writeBatches(store, job, batchesOf(mapped.rows));
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
