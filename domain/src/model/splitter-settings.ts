import { z } from 'zod';
import { Id, IsoDateTime, ShortText, UserId } from './common';
import { SplitterFilter } from './routing';

/** One saved splitter filter as a space's settings keep it. */
export const SplitterFilterSetting = SplitterFilter.pick({
  id: true,
  name: true,
  conditions: true,
  coOwners: true,
  runOnArrival: true,
});
export type SplitterFilterSetting = z.infer<typeof SplitterFilterSetting>;

/** A space's splitter filters, one document with a version for If-Match. */
export const SplitterFilters = z.object({
  spaceId: Id,
  /** 1 (and no filters) until an admin first saves the space's filters. */
  version: z.number().int().min(1),
  filters: z.array(SplitterFilterSetting).max(20),
});
export type SplitterFilters = z.infer<typeof SplitterFilters>;

/** What an admin saves: the whole list; a filter without an id is new and gets one. */
export const SplitterFiltersInput = z.object({
  filters: z
    .array(SplitterFilterSetting.extend({ id: Id.optional() }))
    .max(20, 'at most 20 filters per space'),
});
export type SplitterFiltersInput = z.infer<typeof SplitterFiltersInput>;

/** Why Execute left a matching lead as it was (error codes, each with its own text). */
const UnprocessedReason = z.enum([
  'not_visible',
  'lead_closed',
  'split_by_other_filter',
  'inactive_user',
]);

export const UnprocessedLead = z.object({
  leadId: Id,
  title: ShortText,
  reason: UnprocessedReason,
  /** The co-owner who is no longer active (`inactive_user`). */
  userId: UserId.optional(),
});
export type UnprocessedLead = z.infer<typeof UnprocessedLead>;

/** The next page of the space's leads to execute the filter on; absent starts a new run. */
export const ExecuteSplitterInput = z.object({ continuation: z.string().max(4000).optional() });
export type ExecuteSplitterInput = z.infer<typeof ExecuteSplitterInput>;

/**
 * An execution of a filter so far, page by page: counts and the unprocessed leads (the first
 * `UNPROCESSED_KEPT` of them). `continuation` is where the next call goes on; absent when the
 * run has seen every lead of the space.
 */
export const SplitterRun = z.object({
  filterId: Id,
  executedBy: UserId,
  startedAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** Leads seen so far (matching or not). */
  scanned: z.number().int().min(0),
  split: z.number().int().min(0),
  unchanged: z.number().int().min(0),
  unprocessedCount: z.number().int().min(0),
  unprocessed: z.array(UnprocessedLead),
  continuation: z.string().optional(),
  done: z.boolean(),
});
export type SplitterRun = z.infer<typeof SplitterRun>;

export const UNPROCESSED_KEPT = 500;
