import type { ImportJob } from '../model/import-job';
import { ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { ownImport } from './import-services';

/** One of the actor's imports, with its progress. */
export async function getImport(ctx: UseCaseContext, id: string): Promise<Result<ImportJob>> {
  const found = await ownImport(ctx, id);
  return found.ok ? ok(found.value.job) : found;
}
