import type { ImportProblemPage, ListImportProblemsInput } from '../model/import-job';
import { ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { ownImport } from './import-services';

/** A page of the rows an import left out, by line. */
export async function listImportProblems(
  ctx: UseCaseContext,
  id: string,
  input: ListImportProblemsInput,
): Promise<Result<ImportProblemPage>> {
  const found = await ownImport(ctx, id);
  if (!found.ok) return found;
  const rows = await ctx.store.imports.listProblems(
    ctx.actor.tenantId,
    id,
    input.after,
    input.limit + 1,
  );
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return ok(rows.length > input.limit && last ? { items, next: last.line } : { items });
}
