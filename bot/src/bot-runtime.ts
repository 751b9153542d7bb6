import { DefaultAzureCredential, ManagedIdentityCredential } from '@azure/identity';
import type { Clock, CrmStore, IdGenerator, NotificationSink } from '@channel-crm/domain/server';
import { botAuthFromEnv, type BotAuthSettings } from './adapter/bot-auth';
import { createGraphInstaller } from './adapter/graph-installer';
import { graphTokenFromEnv } from './adapter/graph-token';
import { createBotApp, type BotApp } from './bot-app';
import type { BotServices } from './bot-services';
import type { TabLink } from './cards/deep-link';
import { createCardSink } from './notifier/card-sink';
import type { Delivery } from './notifier/delivery';
import { sendDueDigests } from './notifier/digest';
import { createOutboxDispatcher, type OutboxDispatcher } from './notifier/outbox-dispatcher';
import { createReach } from './notifier/reach';
import { sendDueReminders, type ReminderRun } from './notifier/reminders';
import { createTaskEventSink } from './notifier/task-events';
import {
  createNotifier,
  type Notifier,
  type NotifierConfig,
  type StorageConfig,
} from './notifier/runtime';

export type BotCore = { store: CrmStore; clock: Clock; ids: IdGenerator };

/** Everything the Functions app's bot parts use: /api/messages, the queue trigger, the timer. */
export type BotRuntime = {
  app: BotApp;
  notifier: Notifier;
  /** The dispatcher's notification sink (cards to followers, task notices and reminders). */
  sink: NotificationSink;
  dispatcher: OutboxDispatcher;
  /** The digest timer's work: one card per user whose digest hour has come; answers how many. */
  sendDueDigests(): Promise<number>;
  /** The reminder timer's work (every minute): the reminders due since its last run. */
  sendDueReminders(): Promise<ReminderRun>;
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
    notifications: o.notifier.ports,
    tab: o.tab,
  };
  const enqueue = (delivery: Delivery) => o.notifier.enqueue(delivery);
  const cardSink = createCardSink(services, enqueue);
  const taskSink = createTaskEventSink(services, enqueue);
  const sink: NotificationSink = async (events, record) => {
    await cardSink(events, record);
    await taskSink(events, record);
  };
  return {
    app: createBotApp(services, o.auth),
    notifier: o.notifier,
    sink,
    dispatcher: createOutboxDispatcher(o.store, sink),
    sendDueDigests: () => sendDueDigests({ ...services, enqueue }),
    sendDueReminders: () => sendDueReminders(services, enqueue),
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

/** Teams' global Bot Connector endpoint, for chats the bot opened itself. */
const TEAMS_SERVICE_URL = 'https://smba.trafficmanager.net/teams/';

/**
 * Proactive installs through Graph when TEAMS_APP_CATALOG_ID (the app's id in the org catalog)
 * and BOT_ID are set, with tokens from the managed identity (BOT_MANAGED_IDENTITY_CLIENT_ID).
 */
function reachFromEnv(
  env: Record<string, string | undefined>,
  store: CrmStore,
): NotifierConfig['reach'] {
  const teamsAppId = env.TEAMS_APP_CATALOG_ID;
  const botAppId = env.BOT_ID;
  const token = graphTokenFromEnv(env);
  if (!teamsAppId || !botAppId || !token) return undefined;
  const installer = createGraphInstaller({ teamsAppId, token });
  const serviceUrl = env.BOT_SERVICE_URL || TEAMS_SERVICE_URL;
  return (state) => createReach({ state, store, installer, serviceUrl, botId: `28:${botAppId}` });
}

/** From app settings: AzureWebJobsStorage, BOT_*, TEAMS_APP_ID, TEAMS_APP_CATALOG_ID and TAB_ENDPOINT. */
export async function botRuntimeFromEnv(
  env: Record<string, string | undefined>,
  core: BotCore,
): Promise<BotRuntime> {
  return createBotRuntime({
    ...core,
    notifier: await createNotifier({
      ...storageFromEnv(env),
      reach: reachFromEnv(env, core.store),
    }),
    auth: botAuthFromEnv(env),
    tab: {
      appId: env.TEAMS_APP_ID ?? env.BOT_ID ?? '',
      entityId: CRM_TAB_ENTITY_ID,
      ...(env.TAB_ENDPOINT ? { url: env.TAB_ENDPOINT } : {}),
    },
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
