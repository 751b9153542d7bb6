import { fileLayout } from '../import/chunk-reader';
import { guessMapping } from '../import/column-mapping';
import type { ImportJob, ImportPartInput } from '../model/import-job';
import { invalid, ok, stale, type Result } from '../result';
import type { UseCaseContext } from './context';
import { importFileName, ownImport, wrongStatus, type ImportServices } from './import-services';
import { savedImportMapping } from './import-mapping-default';

/** The first bytes read to tell the encoding, separator and header. */
const SAMPLE_BYTES = 64 * 1024;

async function sampleOf(services: ImportServices, name: string): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const part of services.files.read(name, 0, SAMPLE_BYTES)) parts.push(part);
  return Buffer.concat(parts);
}

/**
 * Appends the next part of the file. A part already received (a retry) changes nothing. With the
 * last part, the file is read for its layout and the mapping is guessed (the tenant's saved
 * mapping for the record type first): the import is ready to map and preview.
 */
export async function appendImportPart(
  ctx: UseCaseContext,
  services: ImportServices,
  id: string,
  part: ImportPartInput,
): Promise<Result<ImportJob>> {
  const found = await ownImport(ctx, id);
  if (!found.ok) return found;
  const { job, etag } = found.value;
  const bytes = Buffer.from(part.data, 'base64');
  if (part.offset + bytes.length <= job.received) return ok(job);
  if (job.status !== 'uploading') return wrongStatus(job);
  if (part.offset !== job.received)
    return invalid([
      {
        path: 'offset',
        message: `The file has ${job.received} bytes so far`,
        code: 'field.import_part_gap',
        params: { received: job.received },
      },
    ]);
  if (job.received + bytes.length > job.size)
    return invalid([
      {
        path: 'data',
        message: `The file is larger than ${job.size} bytes`,
        code: 'field.import_too_large',
        params: { size: job.size },
      },
    ]);
  const name = importFileName(job);
  await services.files.append(name, bytes);
  let next: ImportJob = {
    ...job,
    received: job.received + bytes.length,
    updatedAt: ctx.clock.now(),
  };
  if (next.received === job.size) {
    const layout = fileLayout(job.fileName, await sampleOf(services, name));
    const saved = await savedImportMapping(ctx.store, job.tenantId, job.recordType);
    next = {
      ...next,
      ...layout,
      status: 'ready',
      mapping: guessMapping(layout.header, job.recordType, saved),
    };
  }
  const written = await ctx.store.imports.replace(next, etag);
  return written === 'stale' ? stale(0) : ok(written.job);
}
