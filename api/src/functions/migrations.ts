import type { InvocationContext } from '@azure/functions';
import { systemClock } from '@channel-crm/domain/server';
import { backfillSummary, runBackfills } from '../migrations/backfills';
import { appServices } from '../services/app-services';
import { app } from './azure-functions';
import { insideFunctionsHost } from './registry';

/**
 * The timer: keys the records stored before they carried duplicate keys, and counts the leads
 * stored before the lead counters, a page at a time; one log line a run, with its totals.
 */
export async function backfillKeys(_timer: unknown, context: InvocationContext) {
  const run = await runBackfills((await appServices()).store, systemClock);
  const summary = backfillSummary(run);
  if (summary) context.log(`${summary}; done: ${run.done}`);
}

if (insideFunctionsHost()) {
  app.timer('backfillKeys', {
    schedule: '0 * * * * *',
    runOnStartup: true,
    handler: backfillKeys,
  });
}
