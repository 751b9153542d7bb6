import type { Server } from 'node:https';
import { createCosmosClient } from '../store/cosmos-client';
import { loadSnapshot, saveSnapshot } from './snapshot';

export type EmbeddedCosmosOptions = {
  /** 0 or absent: an ephemeral port. */
  port?: number;
  /** Where the data is saved (JSON) and reloaded from at the next start. */
  snapshotPath?: string;
  /** How often unsaved changes are written to the snapshot; 0 disables autosave. */
  autosaveMs?: number;
};

export type EmbeddedCosmos = {
  endpoint: string;
  key: string;
  /** Writes the snapshot now (no-op without `snapshotPath`). */
  save(): Promise<void>;
  /** Stops the server; saves first when `snapshotPath` is set. */
  close(): Promise<void>;
  /** HTTP requests served so far (benchmarks count round trips with it). */
  requestCount(): number;
};

/** The Cosmos DB emulator's well-known key; the embedded server accepts any key. */
export const EMBEDDED_COSMOS_KEY =
  'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==';

/**
 * Starts `@vercel/cosmosdb-server` over HTTPS on 127.0.0.1 (the SDK's account lookup needs
 * https). The server keeps data in memory only, so with `snapshotPath` it is reloaded at start
 * and saved on close and, when something changed, every `autosaveMs`.
 */
export async function startEmbeddedCosmos(
  options: EmbeddedCosmosOptions = {},
): Promise<EmbeddedCosmos> {
  // Loaded lazily: the embedded server is a dev dependency and must not load in Azure.
  const { createHttpsServer } = await import('@vercel/cosmosdb-server');
  // The server answers `Connection: close` unless told otherwise: every call would then pay
  // for a new TLS connection, most of the CPU of a loaded local app.
  const server = createHttpsServer({ keepAlive: true });
  // Idle connections stay open until the client closes them: a server-side timeout races the
  // client reusing the connection (ECONNRESET on a write).
  server.keepAliveTimeout = 0;
  let dirty = false;
  let requests = 0;
  server.on('request', (req) => {
    requests += 1;
    if (req.method === 'GET' || req.headers['x-ms-documentdb-isquery'] === 'true') return;
    dirty = true;
  });
  const port = await listen(server, options.port ?? 0);
  const endpoint = `https://127.0.0.1:${port}`;
  const client = createCosmosClient({ endpoint, key: EMBEDDED_COSMOS_KEY });

  const path = options.snapshotPath;
  if (path) {
    await loadSnapshot(client, path);
    dirty = false;
  }

  let saving: Promise<void> = Promise.resolve();
  const save = async () => {
    if (!path) return;
    // Saves run one after the other so two never write the same temp file.
    saving = saving.then(async () => {
      dirty = false;
      try {
        await saveSnapshot(client, path);
      } catch (error) {
        dirty = true;
        throw error;
      }
    });
    return saving;
  };

  const autosaveMs = options.autosaveMs ?? 0;
  const timer =
    path && autosaveMs > 0
      ? setInterval(() => {
          if (!dirty) return;
          save().catch((error: unknown) => console.error(`Saving ${path} failed:`, error));
        }, autosaveMs)
      : undefined;
  timer?.unref();

  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= (async () => {
      if (timer) clearInterval(timer);
      try {
        if (path) await save();
      } finally {
        client.dispose();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
      }
    })();
    return closed;
  };

  return { endpoint, key: EMBEDDED_COSMOS_KEY, save, close, requestCount: () => requests };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address();
      if (address && typeof address === 'object') resolve(address.port);
      else reject(new Error('The embedded Cosmos server did not report its port'));
    });
  });
}
