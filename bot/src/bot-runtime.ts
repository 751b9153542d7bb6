import { DefaultAzureCredential, ManagedIdentityCredential } from '@azure/identity';
import type { Clock, CrmStore, IdGenerator, NotificationSink } from '@channel-crm/domain/server';
import { botAuthFromEnv, type BotAuthSettings } from './adapter/bot-auth';
import { createBotApp, type BotApp } from './bot-app';
import type { BotServices } from './bot-services';
import type { TabLink } from './cards/deep-link';
import { createCardSink } from './notifier/card-sink';
import { createOutboxDispatcher, type OutboxDispatcher } from './notifier/outbox-dispatcher';
import { createNotifier, type Notifier, type StorageConfig } from './notifier/runtime';

export type BotCore = { store: CrmStore; clock: Clock; ids: IdGenerator };

/** Everything the Functions app's bot parts use: /api/messages, the queue trigger, the timer. */
export type BotRuntime = {
  app: BotApp;
  notifier: Notifier;
  /** The dispatcher's notification sink (cards to followers). */
  sink: NotificationSink;
  dispatcher: OutboxDispatcher;
};

export type BotRuntimeOptions = BotCore & {
  notifier: Notifier;
  auth: BotAuthSettings;
  tab: TabLink;
};

export function createBotRuntime(o: BotRuntimeOptions): BotRuntime {
  const services: BotServices = {
    store: o.store,
    clock: o.clock,
    ids: o.ids,
    state: o.notifier.state,
    tab: o.tab,
  };
  const sink = createCardSink(services, (delivery) => o.notifier.enqueue(delivery));
  return {
    app: createBotApp(services, o.auth),
    notifier: o.notifier,
    sink,
    dispatcher: createOutboxDispatcher(o.store, sink),
  };
}

/** The personal tab the cards deep-link into (appPackage/manifest.json). */
export const CRM_TAB_ENTITY_ID = 'my-crm';

/** `AzureWebJobsStorage` as a connection string, or identity-based (`__queueServiceUri` …). */
function storageFromEnv(env: Record<string, string | undefined>): StorageConfig {
  if (env.AzureWebJobsStorage) return { storageConnectionString: env.AzureWebJobsStorage };
  const queueServiceUrl = env.AzureWebJobsStorage__queueServiceUri;
  const tableServiceUrl = env.AzureWebJobsStorage__tableServiceUri;
  if (!queueServiceUrl || !tableServiceUrl) throw new Error('AzureWebJobsStorage is not set');
  const clientId = env.AzureWebJobsStorage__clientId;
  return {
    queueServiceUrl,
    tableServiceUrl,
    credential: clientId
      ? new ManagedIdentityCredential({ clientId })
      : new DefaultAzureCredential(),
  };
}

/** From app settings: AzureWebJobsStorage, BOT_* and TEAMS_APP_ID. */
export async function botRuntimeFromEnv(
  env: Record<string, string | undefined>,
  core: BotCore,
): Promise<BotRuntime> {
  return createBotRuntime({
    ...core,
    notifier: await createNotifier(storageFromEnv(env)),
    auth: botAuthFromEnv(env),
    tab: { appId: env.TEAMS_APP_ID ?? env.BOT_ID ?? '', entityId: CRM_TAB_ENTITY_ID },
  });
}

let provider: (() => Promise<BotRuntime>) | undefined;
let current: Promise<BotRuntime> | undefined;

/** The local host and tests install their bot; without one the Functions app reads env. */
export function provideBotRuntime(next: () => Promise<BotRuntime>): void {
  provider = next;
  current = undefined;
}

export function providedBotRuntime(): Promise<BotRuntime> | undefined {
  if (!provider) return undefined;
  current ??= provider().catch((error: unknown) => {
    current = undefined;
    throw error;
  });
  return current;
}
