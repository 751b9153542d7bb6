import type { InvocationContext } from '@azure/functions';
import { runKeyBackfill } from '../migrations/key-backfill';
import { appServices } from '../services/app-services';
import { app } from './azure-functions';
import { insideFunctionsHost } from './registry';

/** The timer: keys, a page at a time, the records stored before they carried duplicate keys. */
export async function backfillKeys(_timer: unknown, context: InvocationContext) {
  const { keyed, done } = await runKeyBackfill((await appServices()).store);
  if (keyed > 0 || !done) context.log(`duplicate keys backfilled: ${keyed}, done: ${done}`);
}

if (insideFunctionsHost()) {
  app.timer('backfillKeys', {
    schedule: '0 * * * * *',
    runOnStartup: true,
    handler: backfillKeys,
  });
}
