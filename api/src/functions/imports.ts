import type { InvocationContext } from '@azure/functions';
import { IMPORTS_QUEUE } from '../imports/import-runtime';
import { appServices } from '../services/app-services';
import { app } from './azure-functions';
import { insideFunctionsHost } from './registry';

/** The queue trigger: one chunk of an import, the same handler as the local polling loop. */
export async function runImportChunk(message: unknown, context: InvocationContext) {
  const outcome = await (await appServices()).imports.handle(message);
  context.log(`import chunk ${String(outcome)}`);
}

/** The timer: queues again the next chunk of running imports whose message a crash lost. */
export async function recoverImports(_timer: unknown, context: InvocationContext) {
  const running = await (await appServices()).imports.recover();
  if (running > 0) context.log(`running imports re-queued: ${running}`);
}

if (insideFunctionsHost()) {
  app.storageQueue('runImportChunk', {
    queueName: IMPORTS_QUEUE,
    connection: 'AzureWebJobsStorage',
    handler: runImportChunk,
  });
  app.timer('recoverImports', {
    schedule: '0 */10 * * * *',
    runOnStartup: true,
    handler: recoverImports,
  });
}
