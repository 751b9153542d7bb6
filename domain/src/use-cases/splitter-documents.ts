import {
  SplitterFilters,
  SplitterRun,
  type SplitterFilterSetting,
} from '../model/splitter-settings';
import type { KeyedDocument, KeyedDocumentAddress } from '../store/ports';
import type { UseCaseContext } from './context';

/** A space's splitter filters live in one keyed document (a point read). */
export const splitterFiltersAddress = (
  tenantId: string,
  spaceId: string,
): KeyedDocumentAddress => ({
  kind: 'splitter-filters',
  tenantId,
  ownerId: spaceId,
  key: 'splitter-filters',
});

/** The last execution of a filter, with its unprocessed leads. */
export const splitterRunAddress = (
  tenantId: string,
  spaceId: string,
  filterId: string,
): KeyedDocumentAddress => ({ kind: 'splitter-run', tenantId, ownerId: spaceId, key: filterId });

export const filtersIn = (spaceId: string, stored: KeyedDocument | undefined): SplitterFilters => {
  const parsed = stored ? SplitterFilters.safeParse(stored) : undefined;
  return parsed?.success ? parsed.data : { spaceId, version: 1, filters: [] };
};

export const runIn = (stored: KeyedDocument | undefined): SplitterRun | undefined => {
  const parsed = stored ? SplitterRun.safeParse(stored) : undefined;
  return parsed?.success ? parsed.data : undefined;
};

/** The space's splitter filters; none until an admin saves some. */
export async function readSplitterFilters(
  ctx: UseCaseContext,
  spaceId: string,
): Promise<SplitterFilters> {
  const address = splitterFiltersAddress(ctx.actor.tenantId, spaceId);
  return filtersIn(spaceId, await ctx.store.keyedDocuments.get(address));
}

export const filterById = (
  filters: SplitterFilters,
  filterId: string,
): SplitterFilterSetting | undefined => filters.filters.find((f) => f.id === filterId);
