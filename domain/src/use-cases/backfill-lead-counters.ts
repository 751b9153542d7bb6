import type { Clock } from '../actor';
import type { CrmStore } from '../store/ports';
import { migrationAddress, migrationTick } from './paged-migration';

/** Leads one tick of the backfill counts: a page small enough for a timer's run. */
export const COUNTER_BACKFILL_PAGE = 50;

/** Where the backfill keeps its place. */
export const counterBackfillAddress = migrationAddress('lead-counters');

export type CounterBackfillTick = { done: boolean; counted: number };

/**
 * One tick of the migration that adds the leads stored before the lead counters (or counted in
 * an older format) to their space's counters (`migrationTick`): each lead of the page is
 * counted and marked counted in one batch, so a lead is counted once however often it runs,
 * and a lead written meanwhile (which counts itself) is left alone. Answers whether the
 * backfill is done and how many leads this tick counted.
 */
export async function backfillLeadCounters(
  store: CrmStore,
  clock: Clock,
  pageSize = COUNTER_BACKFILL_PAGE,
): Promise<CounterBackfillTick> {
  const { done, changed } = await migrationTick(
    store,
    {
      address: counterBackfillAddress,
      totalField: 'counted',
      page: (afterId, limit) => store.leadCounters.uncounted(afterId, limit),
      apply: (lead) => store.leadCounters.count(lead, clock.now()),
    },
    pageSize,
  );
  return { done, counted: changed };
}
