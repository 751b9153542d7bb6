import type { SplitterFilters } from '../model/splitter-settings';
import { guardAdmin } from '../rules/permissions';
import { ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { readSplitterFilters } from './splitter-documents';

/** A space's lead splitter filters, for the admins who keep them. */
export async function getSplitterFilters(
  ctx: UseCaseContext,
  spaceId: string,
): Promise<Result<SplitterFilters>> {
  return guardAdmin(ctx.actor) ?? ok(await readSplitterFilters(ctx, spaceId));
}
