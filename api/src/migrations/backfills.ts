import {
  backfillDuplicateKeys,
  backfillLeadCounters,
  type Clock,
  type CrmStore,
} from '@channel-crm/domain/server';

/** How long one timer run keeps ticking before it leaves the rest to the next run. */
export const BACKFILL_BUDGET_MS = 20_000;

/** What one run of the backfills did: records changed by each, and whether both are done. */
export type BackfillRun = { keyed: number; counted: number; done: boolean };

/**
 * Ticks the backfills a page at a time, the duplicate keys first, then the lead counters,
 * until both are done or the time budget is spent (at least one tick each); their progress
 * documents keep the place for the next run.
 */
export async function runBackfills(
  store: CrmStore,
  clock: Clock,
  budgetMs = BACKFILL_BUDGET_MS,
): Promise<BackfillRun> {
  const until = Date.now() + budgetMs;
  const run = { keyed: 0, counted: 0 };
  let keysDone = false;
  for (;;) {
    const tick = await backfillDuplicateKeys(store);
    run.keyed += tick.keyed;
    keysDone = tick.done;
    if (keysDone || Date.now() >= until) break;
  }
  for (;;) {
    const tick = await backfillLeadCounters(store, clock);
    run.counted += tick.counted;
    if (tick.done || Date.now() >= until) return { ...run, done: keysDone && tick.done };
  }
}

/** The one line a run logs: what it did in all, or nothing when it did nothing. */
export function backfillSummary(run: Pick<BackfillRun, 'keyed' | 'counted'>): string | undefined {
  const parts = [
    ...(run.keyed > 0 ? [`duplicate keys backfilled for ${run.keyed} records`] : []),
    ...(run.counted > 0 ? [`lead counters backfilled for ${run.counted} leads`] : []),
  ];
  return parts.length > 0 ? `Migrations: ${parts.join(', ')}` : undefined;
}
