import { SetImportMappingInput, type ImportJob } from '../model/import-job';
import { invalid, ok, stale, type Result } from '../result';
import type { UseCaseContext } from './context';
import { saveImportMapping } from './import-mapping-default';
import { ownImport, wrongStatus } from './import-services';

export { SetImportMappingInput };

/** The mapping the user confirmed; maybe also the tenant's default for the record type. */
export async function setImportMapping(
  ctx: UseCaseContext,
  id: string,
  input: SetImportMappingInput,
): Promise<Result<ImportJob>> {
  const found = await ownImport(ctx, id);
  if (!found.ok) return found;
  const { job, etag } = found.value;
  if (job.status !== 'ready') return wrongStatus(job);
  if (input.mapping.recordType !== job.recordType)
    return invalid([
      {
        path: 'mapping.recordType',
        message: `This import fills ${job.recordType} records`,
        code: 'field.import_record_type',
        params: { recordType: job.recordType },
      },
    ]);
  if (input.saveAsDefault) await saveImportMapping(ctx.store, job.tenantId, input.mapping);
  const written = await ctx.store.imports.replace(
    { ...job, mapping: input.mapping, updatedAt: ctx.clock.now() },
    etag,
  );
  return written === 'stale' ? stale(0) : ok(written.job);
}
