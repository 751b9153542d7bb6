import { readChunk } from '../import/chunk-reader';
import { IMPORT_FIELDS, rowMapper, type ImportField } from '../import/column-mapping';
import type { ImportPreview } from '../model/import-job';
import { ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { importFileName, ownImport, wrongStatus, type ImportServices } from './import-services';
import { layoutOf, mapChunk } from './imported-rows';

/** Rows shown in the preview. */
export const PREVIEW_ROWS = 10;

const shown = (value: unknown): string =>
  Array.isArray(value) ? value.join(', ') : typeof value === 'string' ? value : String(value);

/** The first rows of the file as they will be stored under the import's mapping, or why not. */
export async function previewImport(
  ctx: UseCaseContext,
  services: ImportServices,
  id: string,
): Promise<Result<ImportPreview>> {
  const found = await ownImport(ctx, id);
  if (!found.ok) return found;
  const { job } = found.value;
  if (job.status !== 'ready' || !job.mapping) return wrongStatus(job);
  const read = await readChunk(
    services.files.read(importFileName(job), 0),
    layoutOf(job),
    { offset: 0, line: 1 },
    PREVIEW_ROWS,
  );
  const rows = read.rows.slice(0, PREVIEW_ROWS);
  const map = rowMapper(job.header, job.mapping, job.recordType);
  const fields = new Set(IMPORT_FIELDS[job.recordType]);
  const mapped = mapChunk(job, rows, ctx.clock.now());
  return ok({
    job,
    rows: rows.map((row) => {
      const result = 'error' in row ? undefined : map(row);
      const values =
        result?.ok === true
          ? Object.fromEntries(
              Object.entries(result.input)
                .filter(([field]) => fields.has(field as ImportField))
                .map(([field, value]) => [field, shown(value)])
                .filter(([, text]) => text !== ''),
            )
          : {};
      const problems = mapped.problems
        .filter((problem) => problem.line === row.line)
        .map(({ column, reason, code, params }) => ({
          ...(column === undefined ? {} : { column }),
          reason,
          code,
          params,
        }));
      return { line: row.line, values, problems };
    }),
  });
}
