import type { Clock } from '../actor';
import { readChunk } from '../import/chunk-reader';
import type { ImportChunkMessage, ImportJob } from '../model/import-job';
import { MAX_BATCH_OPERATIONS } from '../store/commit-writes';
import { COUNTER_OPERATIONS_RESERVE } from '../store/lead-counters';
import type { BatchWrite, CrmStore } from '../store/ports';
import { importFileName, type ImportServices } from './import-services';
import { holderOf, duplicateSettingsOf } from '../rules/record-duplicate-keys';
import { importMergeCommitId, settleDuplicates } from './imported-duplicates';
import { lanesOf } from '../rules/key-lanes';
import {
  chunkMessage,
  importCommitId,
  layoutOf,
  mapChunk,
  type ImportedRow,
} from './imported-rows';
import { routeImportedLeads } from './route-imported-leads';

export type ChunkOutcome = 'written' | 'finished' | 'skipped';

/** The operations a write takes in a batch: the record's, and one per duplicate key. */
const operationsOf = (write: BatchWrite) => 1 + (write.duplicateKeys?.keys.length ?? 0);

/** A batch's room for rows: the rest goes to the lead counters the rows move. */
const ROW_OPERATIONS = MAX_BATCH_OPERATIONS - COUNTER_OPERATIONS_RESERVE;

/** Groups writes into batches of at most 90 operations, never splitting a write. */
function batchesOf(writes: readonly BatchWrite[]): BatchWrite[][] {
  const batches: BatchWrite[][] = [];
  let current: BatchWrite[] = [];
  let operations = 0;
  for (const write of writes) {
    const needed = operationsOf(write);
    if (operations + needed > ROW_OPERATIONS && current.length > 0) {
      batches.push(current);
      current = [];
      operations = 0;
    }
    current.push(write);
    operations += needed;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * Batches that go to the store one after the other, each under the commit id. A key a batch
 * writes leaves `absentKeys` (the keys found without a document), so a later batch reads the
 * document it created; no other lane writes it, as lanes share no key.
 */
async function writeInTurn(
  store: CrmStore,
  job: ImportJob,
  batches: readonly BatchWrite[][],
  commitId: string,
  absentKeys: Set<string>,
) {
  for (const batch of batches) {
    const result = await store.commitBatch(job.tenantId, batch, commitId, { absentKeys });
    if (!result.ok)
      throw new Error(`Import ${job.id} could not write rows: ${result.error.message}`);
    for (const write of batch)
      for (const key of write.duplicateKeys?.keys ?? []) absentKeys.delete(key);
  }
}

/** How many lanes of batches a chunk writes at once. */
const LANES = 8;

/**
 * Writes the created rows in lanes that run at once. Rows that share a key document (a company,
 * a domain, a row repeating another) go in the same lane, whose batches go one after the other:
 * batches replacing one key document at once would fail each other's guard.
 */
async function writeCreated(
  store: CrmStore,
  job: ImportJob,
  rows: readonly ImportedRow[],
  absentKeys: Set<string>,
) {
  const writes = rows.map((row): BatchWrite => ({
    doc: row.record,
    events: [],
    expectedVersion: 0,
    duplicateKeys: { holder: holderOf(row.record), keys: row.keys },
  }));
  const lanes = lanesOf(rows, LANES).map((lane) => batchesOf(lane.map((index) => writes[index]!)));
  const commitId = importCommitId(job.id);
  await Promise.all(lanes.map((batches) => writeInTurn(store, job, batches, commitId, absentKeys)));
}

/**
 * Runs one chunk of an import: reads its rows from the chunk's byte offset, settles the good
 * ones under the space's duplicate policy (`settleDuplicates`), writes them (ids from the job and the line, so a chunk run again writes nothing twice) and keeps the
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
  const settings = { ...duplicateSettingsOf(space), now };
  const mapped = mapChunk(job, read.rows, now, settings.defaultCountry);
  const settled = await settleDuplicates(store, job, mapped.rows, settings);
  const { absentKeys } = settled;
  await writeInTurn(store, job, batchesOf(settled.merged), importMergeCommitId(job), absentKeys);
  // Rows to create go to their owners by the space's assignment rules (leads only).
  const created = await routeImportedLeads(store, job, settled.created);
  await writeCreated(store, job, created, absentKeys);
  for (const { recordId, event } of settled.notices)
    await store.outbox.append(job.tenantId, recordId, [event]);
  await store.imports.putProblems(job.tenantId, job.id, [...mapped.problems, ...settled.problems]);
  const merged = (job.counts.merged ?? 0) + settled.mergedRows;
  const next: ImportJob = {
    ...job,
    counts: {
      read: job.counts.read + read.rows.length,
      stored: job.counts.stored + settled.created.length + settled.mergedRows,
      skipped: job.counts.skipped + mapped.problems.length + settled.problems.length,
      ...(merged > 0 ? { merged } : {}),
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
