import { fork, type ChildProcess } from 'node:child_process';
import { copyFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCosmosStore, type CrmStore } from '@channel-crm/domain/server';
import { startEmbeddedCosmos } from '@channel-crm/domain/testing';
import { startAzurite } from './azurite';
import { apiClient, newDataDir, seededSnapshot, type TestApp } from './test-app';

const entry = fileURLToPath(new URL('./app-process-entry.ts', import.meta.url));

/** The stores the test process runs, which outlive any app process over them. */
export type SharedStores = {
  /** Holds the dev issuer's key: instances started one after the other share it. */
  dataDir: string;
  cosmos: { endpoint: string; key: string };
  storageConnectionString: string;
};

export type AppProcess = Pick<TestApp, 'request' | 'tokenFor'> & { child: ChildProcess };

/** Shared stores as the test process runs them; `store` reads what the app processes wrote. */
export type RunningStores = { stores: SharedStores; store: CrmStore; close(): Promise<void> };

/**
 * The demo data in a Cosmos server and an Azurite run by the test process, for app processes
 * to share and outlive. `close` stops both and removes the data.
 */
export async function startSharedStores(): Promise<RunningStores> {
  const dataDir = await newDataDir();
  const snapshot = join(dataDir, 'cosmos.json');
  await copyFile(await seededSnapshot(), snapshot);
  const cosmos = await startEmbeddedCosmos({ snapshotPath: snapshot, autosaveMs: 0 });
  const azurite = await startAzurite();
  return {
    stores: { dataDir, cosmos, storageConnectionString: azurite.connectionString },
    store: await createCosmosStore({ endpoint: cosmos.endpoint, key: cosmos.key }),
    async close() {
      await azurite.close();
      await cosmos.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** An API instance (with its import worker and recovery sweep) as a child process. */
export function startAppProcess(
  stores: SharedStores,
  options: { importChunkRows?: number } = {},
): Promise<AppProcess> {
  const child = fork(entry, [], {
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      CRM_DATA_DIR: stores.dataDir,
      COSMOS_ENDPOINT: stores.cosmos.endpoint,
      COSMOS_KEY: stores.cosmos.key,
      AzureWebJobsStorage: stores.storageConnectionString,
      ...(options.importChunkRows && { IMPORT_CHUNK_ROWS: String(options.importChunkRows) }),
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const exited = (code: number | null) => reject(new Error(`the app exited (${code})`));
    child.once('exit', exited);
    child.once('message', (message) => {
      child.off('exit', exited);
      resolve({ child, ...apiClient((message as { apiUrl: string }).apiUrl) });
    });
  });
}

const exit = (child: ChildProcess, signal: NodeJS.Signals) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });

/** Killed at once, as a crashed host would be. */
export const killed = (app: AppProcess) => exit(app.child, 'SIGKILL');

/** Stopped the way the host stops it. */
export const stopped = (app: AppProcess) => exit(app.child, 'SIGTERM');
