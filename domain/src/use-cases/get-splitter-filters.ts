import type { SplitterFilters } from '../model/splitter-settings';
import { guardAdmin } from '../rules/permissions';
import { notFound, ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { filtersIn, splitterFiltersAddress } from './splitter-documents';

/**
 * A space's lead splitter filters, for the admins who keep them; none until one is saved. A
 * space of another tenant (or none) answers not found.
 */
export async function getSplitterFilters(
  ctx: UseCaseContext,
  spaceId: string,
): Promise<Result<SplitterFilters>> {
  const denied = guardAdmin(ctx.actor);
  if (denied) return denied;
  const { tenantId } = ctx.actor;
  const stored = await ctx.store.keyedDocuments.get(splitterFiltersAddress(tenantId, spaceId));
  // A stored document is filed under the actor's own tenant, so its space is theirs.
  if (!stored && !(await ctx.store.spaces.get(tenantId, spaceId)))
    return notFound('space', spaceId);
  return ok(filtersIn(spaceId, stored));
}
