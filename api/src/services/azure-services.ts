import { DefaultAzureCredential, ManagedIdentityCredential } from '@azure/identity';
import {
  createCosmosStore,
  observeCommits,
  randomIds,
  systemClock,
  type MeetingDirectory,
} from '@channel-crm/domain/server';
import { createActorBuilder } from '../auth/actor';
import { cachedActors } from '../auth/actor-cache';
import { entraSettingsFromEnv, entraValidatorConfig } from '../auth/entra';
import { createTokenValidator } from '../auth/validator';
import { createGraphMeetingDirectory, graphTokenFromEnv } from '@channel-crm/bot';
import { botRuntime } from '../functions/messages';
import { createImportRuntime, type ImportStorage } from '../imports/import-runtime';
import type { AppServices } from './app-services';

/** Services from app settings: COSMOS_ENDPOINT (+ COSMOS_KEY or the managed identity), ENTRA_*. */
export async function servicesFromEnv(env: NodeJS.ProcessEnv): Promise<AppServices> {
  const endpoint = env.COSMOS_ENDPOINT;
  if (!endpoint) throw new Error('COSMOS_ENDPOINT is not set');
  // Every write that leaves events in an outbox has its record dispatched at once (timeline,
  // cards), whether it came through the API or a card; the sweep timer catches what is left.
  const store = observeCommits(
    await createCosmosStore({
      endpoint,
      key: env.COSMOS_KEY || undefined,
      databaseId: env.COSMOS_DATABASE || undefined,
    }),
    (tenantId, recordIds) => {
      botRuntime()
        .then((bot) => bot.dispatcher.dispatch(tenantId, recordIds))
        .catch((error: unknown) => console.error('dispatching after a write failed:', error));
    },
  );
  return {
    store,
    imports: await createImportRuntime({ store, clock: systemClock, storage: importStorage(env) }),
    validateToken: createTokenValidator(entraValidatorConfig(entraSettingsFromEnv(env))),
    actors: cachedActors(createActorBuilder(store, systemClock, randomIds)),
    clock: systemClock,
    ids: randomIds,
    meetings: meetingsFromEnv(env),
  };
}

/** Graph with the bot app's token; without a bot app id, no meeting is known. */
function meetingsFromEnv(env: NodeJS.ProcessEnv): MeetingDirectory {
  const token = graphTokenFromEnv(env);
  if (!token) return { rosterOf: async () => undefined };
  return createGraphMeetingDirectory({ token });
}

/** `AzureWebJobsStorage` as a connection string, or identity-based (`__blobServiceUri` …). */
function importStorage(env: NodeJS.ProcessEnv): ImportStorage {
  if (env.AzureWebJobsStorage) return { connectionString: env.AzureWebJobsStorage };
  const blobServiceUrl = env.AzureWebJobsStorage__blobServiceUri;
  const queueServiceUrl = env.AzureWebJobsStorage__queueServiceUri;
  if (!blobServiceUrl || !queueServiceUrl) throw new Error('AzureWebJobsStorage is not set');
  const clientId = env.AzureWebJobsStorage__clientId;
  return {
    blobServiceUrl,
    queueServiceUrl,
    credential: clientId
      ? new ManagedIdentityCredential({ clientId })
      : new DefaultAzureCredential(),
  };
}
