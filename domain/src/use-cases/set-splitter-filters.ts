import type { SplitterFilters, SplitterFiltersInput } from '../model/splitter-settings';
import { guardAdmin } from '../rules/permissions';
import { notFound, ok, ruleBroken, stale, type Result } from '../result';
import type { UseCaseContext } from './context';
import { filtersIn, splitterFiltersAddress } from './splitter-documents';

/**
 * An admin saves a space's splitter filters, guarded by the version they saw. Every co-owner a
 * filter names must be a member of the space (422 `user_not_in_space`), or the leads it splits
 * would name people who cannot see them.
 */
export async function setSplitterFilters(
  ctx: UseCaseContext,
  spaceId: string,
  input: SplitterFiltersInput,
  expectedVersion: number,
): Promise<Result<SplitterFilters>> {
  const denied = guardAdmin(ctx.actor);
  if (denied) return denied;
  const { tenantId } = ctx.actor;
  const space = await ctx.store.spaces.get(tenantId, spaceId);
  if (!space) return notFound('space', spaceId);
  const named = [...new Set(input.filters.flatMap((f) => f.coOwners.map((c) => c.userId)))];
  const members = new Set(
    (await ctx.store.users.getMany(tenantId, named))
      .filter((user) => user.spaceIds.includes(spaceId))
      .map((user) => user.id),
  );
  const outsider = named.find((id) => !members.has(id));
  if (outsider)
    return ruleBroken('user_not_in_space', `${outsider} is not a member of this space`, {
      user: outsider,
    });
  const filters = input.filters.map((filter) => ({ ...filter, id: filter.id ?? ctx.ids.uuid() }));
  return ctx.store.keyedDocuments.change<Result<SplitterFilters>>(
    splitterFiltersAddress(tenantId, spaceId),
    (stored) => {
      const current = filtersIn(spaceId, stored);
      if (current.version !== expectedVersion) return { answer: stale(current.version) };
      const next: SplitterFilters = { spaceId, version: current.version + 1, filters };
      return { next, answer: ok(next) };
    },
  );
}
