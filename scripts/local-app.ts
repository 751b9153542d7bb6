import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { startLocalApi, type LocalApi } from '@channel-crm/api/local';
import { createImportRuntime, type ImportRuntime } from '../api/src/imports/import-runtime';
import { backfillSummary, runBackfills } from '../api/src/migrations/backfills';
import type { EntraSettings } from '../api/src/auth/entra';
import { provideDevOutbox } from '../api/src/local/dev-routes';
import {
  createBotRuntime,
  createReach,
  CRM_TAB_ENTITY_ID,
  provideBotRuntime,
  providedBotRuntime,
  type BotRuntime,
} from '@channel-crm/bot';
import {
  createCosmosStore,
  observeCommits,
  randomIds,
  systemClock,
  type CrmStore,
  type MeetingDirectory,
} from '@channel-crm/domain/server';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '@channel-crm/domain/testing';
import { startLocalConnector } from './local/bot-connector';
import { createLocalInstaller } from './local/installer';
import { createDemoMeetingDirectory } from './local/meetings';
import { startLocalNotifications } from './local/notifications';
import { startTabServer, type TabServer } from './local/tab-server';
import { demoTenantIds, isSeeded, seedDemoData } from './seed/seed-demo';

export type LocalAppOptions = {
  dataDir: string;
  ports?: { cosmos?: number; api?: number; tab?: number };
  /** Tests skip the tab's dev server. */
  tab?: boolean;
  /** Test-only: the tab trusts this Teams host emulator origin (tests/support/teams-host.ts). */
  teamsTestOrigin?: string;
  seed?: boolean;
  log?: (line: string) => void;
  /** A real Cosmos DB account instead of the embedded server (no key: Entra ID sign-in). */
  cosmos?: { endpoint: string; key?: string };
  /** A running Azurite's (or storage account's) connection string instead of starting Azurite. */
  storage?: { connectionString: string };
  /** Also accept Teams SSO tokens from Entra ID (running in Teams through a dev tunnel). */
  entra?: EntraSettings;
  /** The outbox sweep and digest timers; off for tests that must see what a write alone does. */
  timers?: boolean;
  /** Rows one import chunk reads (tests make chunks small). */
  importChunkRows?: number;
  /** The import worker's loop and its recovery sweep at start; a test may drive them itself. */
  importWorker?: boolean;
  /**
   * The data migrations at start, a page a tick in the background (the duplicate-key backfill);
   * `npm start` runs them, tests and benches leave the seeded data as it was written.
   */
  migrations?: boolean;
  /** False: the data dir's snapshot is read and never written (a test's throwaway data). */
  saveData?: boolean;
  /**
   * Who a Teams meeting invites (tests: Graph's client against a fake Graph); by default every
   * chat is a demo meeting inviting seeded contacts.
   */
  meetings?: MeetingDirectory;
};

/** What the parts started so far share; each part fills in its own field. */
export type LocalAppState = {
  options: LocalAppOptions;
  log: (line: string) => void;
  urls: Record<string, string>;
  cosmos?: EmbeddedCosmos;
  store?: CrmStore;
  /** Azurite's (or the given storage account's) connection string. */
  storage?: string;
  imports?: ImportRuntime;
  api?: LocalApi;
  tab?: TabServer;
};

export type LocalPart = {
  name: string;
  /** Returns how to stop the part (parts stop in reverse order). */
  start(state: LocalAppState): Promise<(() => Promise<void>) | void>;
};

const AUTOSAVE_MS = 5_000;
/**
 * Retries the dispatches that failed, by point reads; what a crash left behind is swept once
 * at start (in Azure, the timer function sweeps).
 */
const RETRY_MS = 5_000;

const need = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`${what} must start first`);
  return value;
};

const cosmosPart: LocalPart = {
  name: 'cosmos',
  async start(state) {
    const { dataDir, ports, cosmos: external } = state.options;
    if (external) {
      state.urls.cosmos = external.endpoint;
      return;
    }
    state.cosmos = await startEmbeddedCosmos({
      snapshotPath: join(dataDir, 'cosmos.json'),
      port: ports?.cosmos,
      autosaveMs: AUTOSAVE_MS,
      saves: state.options.saveData,
    });
    state.urls.cosmos = state.cosmos.endpoint;
    const cosmos = state.cosmos;
    return () => cosmos.close();
  },
};

const storePart: LocalPart = {
  name: 'store',
  async start(state) {
    const cosmos = state.options.cosmos ?? need(state.cosmos, 'cosmos');
    // Writes that leave events in an outbox are dispatched at once by the bot part (or the bot
    // a test provides); before it starts (seeding) the sweep at its start picks them up.
    state.store = observeCommits(
      await createCosmosStore({ endpoint: cosmos.endpoint, key: cosmos.key }),
      (tenantId, recordIds) => {
        providedBotRuntime()
          ?.then((bot) => bot.dispatcher.dispatch(tenantId, recordIds))
          .catch((error: unknown) => console.error('dispatching after a write failed:', error));
      },
    );
  },
};

const seedPart: LocalPart = {
  name: 'demo data',
  async start(state) {
    const store = need(state.store, 'store');
    if (state.options.seed === false || (await isSeeded(store))) return;
    const summary = await seedDemoData(store);
    state.log(
      `Seeded demo data: ${Object.entries(summary)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}`,
    );
  },
};

/**
 * Azurite queues, the sender's polling loop and the bot behind /api/messages. Without Teams,
 * cards go to a local Bot Connector (every recipient gets the app "installed" there) and
 * `GET /api/dev/outbox` shows them.
 */
const botPart: LocalPart = {
  name: 'bot',
  async start(state) {
    const store = need(state.store, 'store');
    const connector = await startLocalConnector();
    const installer = createLocalInstaller(connector);
    const local = await startLocalNotifications({
      dataDir: join(state.options.dataDir, 'azurite'),
      connectionString: state.options.storage?.connectionString,
      connector: connector.connector,
      reach: (notifierState) =>
        createReach({
          state: notifierState,
          store,
          installer,
          serviceUrl: connector.serviceUrl,
          botId: 'local-bot',
        }),
    });
    provideDevOutbox(connector.outbox);
    state.storage = local.connectionString;
    const runtime = createBotRuntime({
      store,
      clock: systemClock,
      ids: randomIds,
      notifier: local.notifier,
      auth: {},
      tab: {
        appId: process.env.TEAMS_APP_ID ?? 'local',
        entityId: CRM_TAB_ENTITY_ID,
        // The dev tunnel's address: links to it pasted in Teams unfurl into cards.
        ...(process.env.TAB_ENDPOINT ? { url: process.env.TAB_ENDPOINT } : {}),
      },
    });
    provideBotRuntime(async () => runtime);
    // The timers work with the bot in place, as Azure's do: a test may provide its own, and a
    // sweep by this one would take the events away from it.
    const onError = (error: unknown) => console.error('bot timers:', error);
    const withBot = (work: (bot: BotRuntime) => Promise<unknown> | void) => () => {
      providedBotRuntime()?.then(work).catch(onError);
    };
    const timers =
      state.options.timers === false
        ? []
        : [
            setTimeout(withBot((bot) => bot.dispatcher.recover())),
            setInterval(
              withBot((bot) => bot.dispatcher.kick()),
              RETRY_MS,
            ),
            // The Azure reminder timer's schedule: every minute.
            setInterval(
              withBot((bot) => bot.sendDueReminders()),
              60_000,
            ),
            // The Azure digest timer's schedule: every 15 minutes.
            setInterval(
              withBot((bot) => bot.sendDueDigests()),
              15 * 60_000,
            ),
          ];
    return async () => {
      for (const timer of timers) clearInterval(timer);
      await runtime.dispatcher.idle();
      await local.close();
      provideDevOutbox(undefined);
      await connector.close();
    };
  },
};

/**
 * The import job's worker: a polling loop on the `imports` queue (the Functions queue trigger in
 * Azure), after queueing again what a crash or a stop left running.
 */
const importsPart: LocalPart = {
  name: 'imports',
  async start(state) {
    const imports = await createImportRuntime({
      store: need(state.store, 'store'),
      clock: systemClock,
      storage: { connectionString: need(state.storage, 'storage') },
      chunkRows: state.options.importChunkRows,
    });
    state.imports = imports;
    if (state.options.importWorker === false) return;
    const loop = imports.startLoop();
    await imports.recover();
    return () => loop.stop();
  },
};

/** The pause between two ticks of a migration: a page each, so requests keep their pace. */
const MIGRATION_TICK_MS = 1_000;

/**
 * Runs the migrations in the background, one page of each a tick, as the Azure timer does;
 * logs once, with the totals, when they are done (or stopped before).
 */
const migrationsPart: LocalPart = {
  name: 'migrations',
  async start(state) {
    const store = need(state.store, 'store');
    if (state.options.migrations !== true) return;
    let timer: NodeJS.Timeout | undefined;
    let running: Promise<void> = Promise.resolve();
    const total = { keyed: 0, counted: 0 };
    const logTotal = () => {
      const summary = backfillSummary(total);
      if (summary) state.log(summary);
      total.keyed = 0;
      total.counted = 0;
    };
    const tick = () => {
      running = runBackfills(store, systemClock, 0)
        .then(
          ({ keyed, counted, done }) => {
            total.keyed += keyed;
            total.counted += counted;
            if (done) logTotal();
            return done;
          },
          (error: unknown) => {
            console.error('the backfills failed:', error);
            return false;
          },
        )
        .then((done) => {
          // Stopping clears the timer: no tick is planned after it.
          if (!done && timer) timer = setTimeout(tick, MIGRATION_TICK_MS);
        });
    };
    timer = setTimeout(tick);
    return async () => {
      clearTimeout(timer);
      timer = undefined;
      await running;
      logTotal();
    };
  },
};

const apiPart: LocalPart = {
  name: 'api',
  async start(state) {
    state.api = await startLocalApi({
      store: need(state.store, 'store'),
      imports: need(state.imports, 'imports'),
      meetings: state.options.meetings ?? createDemoMeetingDirectory(),
      port: state.options.ports?.api,
      keyFile: join(state.options.dataDir, 'dev-issuer-key.json'),
      demoTenantIds,
      entra: state.options.entra,
    });
    state.urls.api = `${state.api.url}/api`;
    state.urls.openapi = `${state.api.url}/api/openapi.json`;
    // The bot part's local connector keeps the cards it delivered.
    state.urls.outbox = `${state.api.url}/api/dev/outbox`;
    const api = state.api;
    return () => api.close();
  },
};

const tabPart: LocalPart = {
  name: 'tab',
  async start(state) {
    if (state.options.tab === false) return;
    state.tab = await startTabServer({
      apiUrl: need(state.api, 'api').url,
      port: state.options.ports?.tab,
      teamsTestOrigin: state.options.teamsTestOrigin,
    });
    state.urls.tab = state.tab.url;
    const tab = state.tab;
    return () => tab.close();
  },
};

/** Started in this order, stopped in reverse. */
export const LOCAL_PARTS: LocalPart[] = [
  cosmosPart,
  storePart,
  seedPart,
  botPart,
  importsPart,
  migrationsPart,
  apiPart,
  tabPart,
];

export type LocalApp = LocalAppState & { stop(): Promise<void> };

/** Everything `npm start` runs, also used by tests (ephemeral ports, a temp data dir). */
export async function startLocalApp(options: LocalAppOptions): Promise<LocalApp> {
  await mkdir(options.dataDir, { recursive: true });
  const state: LocalAppState = { options, log: options.log ?? (() => {}), urls: {} };
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const stopPart of stops.splice(0).reverse()) await stopPart();
  };
  try {
    for (const part of LOCAL_PARTS) {
      const stopPart = await part.start(state);
      if (stopPart) stops.push(stopPart);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return Object.assign(state, { stop });
}
