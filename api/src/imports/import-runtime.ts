import type { TokenCredential } from '@azure/identity';
import { BlobServiceClient } from '@azure/storage-blob';
import { QueueClient } from '@azure/storage-queue';
import { encodeMessage, startPollingLoop, type PollingLoop } from '@channel-crm/bot/notifier';
import {
  recoverImports,
  runImportChunk,
  type Clock,
  type CrmStore,
  type ImportChunkMessage,
  type ImportServices,
} from '@channel-crm/domain/server';
import { blobImportFiles, IMPORTS_CONTAINER } from './blob-files';

export const IMPORTS_QUEUE = 'imports';

/** Rows one chunk reads by default. */
export const DEFAULT_CHUNK_ROWS = 1000;

/** The Function App's storage: a connection string (Azurite locally) or service URLs. */
export type ImportStorage =
  | { connectionString: string }
  | { blobServiceUrl: string; queueServiceUrl: string; credential: TokenCredential };

export type ImportRuntime = {
  services: ImportServices;
  /** The queue trigger's and the local loop's one handler. */
  handle(message: unknown): Promise<unknown>;
  /** Queues again the next chunk of every running import. */
  recover(): Promise<number>;
  startLoop(options?: { concurrency?: number; idleMs?: number }): PollingLoop;
};

const isChunkMessage = (value: unknown): value is ImportChunkMessage => {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return (
    typeof m.tenantId === 'string' &&
    typeof m.jobId === 'string' &&
    ['chunk', 'offset', 'line'].every((k) => Number.isInteger(m[k]))
  );
};

function clients(storage: ImportStorage) {
  if ('connectionString' in storage) {
    return {
      blobs: BlobServiceClient.fromConnectionString(storage.connectionString),
      queue: new QueueClient(storage.connectionString, IMPORTS_QUEUE),
    };
  }
  const queueUrl = `${storage.queueServiceUrl.replace(/\/+$/, '')}/${IMPORTS_QUEUE}`;
  return {
    blobs: new BlobServiceClient(storage.blobServiceUrl, storage.credential),
    queue: new QueueClient(queueUrl, storage.credential),
  };
}

/** The import job's files, queue and worker over the app's storage account. */
export async function createImportRuntime(options: {
  store: CrmStore;
  clock: Clock;
  storage: ImportStorage;
  chunkRows?: number;
}): Promise<ImportRuntime> {
  const { blobs, queue } = clients(options.storage);
  const container = blobs.getContainerClient(IMPORTS_CONTAINER);
  await Promise.all([container.createIfNotExists(), queue.createIfNotExists()]);
  const loops = new Set<PollingLoop>();
  const services: ImportServices = {
    files: blobImportFiles(container),
    queue: {
      async enqueue(message) {
        await queue.sendMessage(encodeMessage(message));
        for (const loop of loops) loop.wake();
      },
    },
    chunkRows: options.chunkRows ?? DEFAULT_CHUNK_ROWS,
  };
  const handle = async (message: unknown) => {
    // Queue messages are untrusted: one that is not a chunk is dropped.
    if (!isChunkMessage(message)) return 'skipped';
    return runImportChunk(options.store, services, options.clock, message);
  };
  return {
    services,
    handle,
    recover: () => recoverImports(options.store, services.queue),
    startLoop(loop = {}) {
      const started = startPollingLoop({
        queue,
        handle,
        // Chunks of one import run one after the other; several imports share the loop.
        concurrency: loop.concurrency ?? 2,
        visibilityTimeoutSeconds: 120,
        idleMs: loop.idleMs ?? 200,
        maxDequeueCount: 5,
        poison: async (message, error) =>
          console.error('imports: a chunk kept failing and was dropped', message, error),
        onError: (error) => console.error('imports:', error),
      });
      loops.add(started);
      return {
        wake: started.wake,
        stop: async () => {
          loops.delete(started);
          await started.stop();
        },
      };
    },
  };
}
