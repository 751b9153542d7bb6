import type { ImportChunkMessage, ImportJob } from '../model/import-job';
import { notFound, ruleBroken, type Result } from '../result';
import type { ReadImportJob } from '../store/import-store';
import type { UseCaseContext } from './context';

/** The uploaded files, in Blob storage: an append blob per import. */
export type ImportFiles = {
  /** Appends bytes to the file (created by the first part). */
  append(name: string, bytes: Uint8Array): Promise<void>;
  /** The file from `offset` (`count` bytes, or to its end), as it streams in. */
  read(name: string, offset: number, count?: number): AsyncIterable<Uint8Array>;
  remove(name: string): Promise<void>;
};

/** Where import chunks wait for the worker (the `imports` queue). */
export type ImportQueue = { enqueue(message: ImportChunkMessage): Promise<void> };

export type ImportServices = {
  files: ImportFiles;
  queue: ImportQueue;
  /** Rows one chunk reads (and one queue message carries). */
  chunkRows: number;
};

/** The name of an import's file in the imports container. */
export const importFileName = (job: Pick<ImportJob, 'tenantId' | 'id'>) =>
  `${job.tenantId}/${job.id}`;

/** The actor's own import, with its etag: nobody else sees it. */
export async function ownImport(ctx: UseCaseContext, id: string): Promise<Result<ReadImportJob>> {
  const found = await ctx.store.imports.get(ctx.actor.tenantId, id);
  if (!found || found.job.createdBy !== ctx.actor.userId) return notFound('import', id);
  return { ok: true, value: found };
}

/** Refuses an action the import's status does not allow. */
export const wrongStatus = (job: ImportJob) =>
  ruleBroken('import.wrong_status', `The import is ${job.status}`, { status: job.status });
