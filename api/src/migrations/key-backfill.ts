import { backfillDuplicateKeys, type CrmStore } from '@channel-crm/domain/server';

/** How long one timer run keeps ticking before it leaves the rest to the next run. */
export const KEY_BACKFILL_BUDGET_MS = 20_000;

/**
 * Ticks the duplicate-key backfill, a page at a time, until it is done or the time budget is
 * spent; the progress document keeps the place for the next run. Answers the records keyed
 * and whether the backfill is done.
 */
export async function runKeyBackfill(
  store: CrmStore,
  budgetMs = KEY_BACKFILL_BUDGET_MS,
): Promise<{ keyed: number; done: boolean }> {
  const until = Date.now() + budgetMs;
  let keyed = 0;
  for (;;) {
    const tick = await backfillDuplicateKeys(store);
    keyed += tick.keyed;
    if (tick.done || Date.now() >= until) return { keyed, done: tick.done };
  }
}
