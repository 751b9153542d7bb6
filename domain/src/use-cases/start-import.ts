import type { ImportJob } from '../model/import-job';
import { ok, stale, type Result } from '../result';
import type { UseCaseContext } from './context';
import { ownImport, wrongStatus, type ImportServices } from './import-services';

/** Starts the background job at the file's first chunk. Starting a running import changes nothing. */
export async function startImport(
  ctx: UseCaseContext,
  services: ImportServices,
  id: string,
): Promise<Result<ImportJob>> {
  const found = await ownImport(ctx, id);
  if (!found.ok) return found;
  const { job, etag } = found.value;
  if (job.status === 'running' || job.status === 'finished') return ok(job);
  if (job.status !== 'ready') return wrongStatus(job);
  const written = await ctx.store.imports.replace(
    { ...job, status: 'running', updatedAt: ctx.clock.now() },
    etag,
  );
  if (written === 'stale') return stale(0);
  await services.queue.enqueue({
    tenantId: job.tenantId,
    jobId: job.id,
    chunk: job.chunk,
    offset: job.offset,
    line: job.line,
  });
  return ok(written.job);
}
