import type { RequestListener } from 'node:http';
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
  /** False: the snapshot is read at start and never written (data a test throws away). */
  saves?: boolean;
};

export type EmbeddedCosmos = {
  endpoint: string;
  key: string;
  /** Writes the snapshot now (no-op without `snapshotPath`, or when it `saves` not). */
  save(): Promise<void>;
  /** Stops the server; saves first when `snapshotPath` is set. */
  close(): Promise<void>;
  /** HTTP requests served so far (benchmarks count round trips with it). */
  requestCount(): number;
};

/**
 * A save reads and writes every document, so autosaves come one interval apart per this many
 * documents the last save held: saving then takes a small, steady share of the time whatever
 * the size of the data, and writes keep their speed.
 */
export const AUTOSAVE_DOCUMENTS_PER_INTERVAL = 2_500;

/** The Cosmos DB emulator's well-known key; the embedded server accepts any key. */
export const EMBEDDED_COSMOS_KEY =
  'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==';

/**
 * Starts `@vercel/cosmosdb-server` over HTTPS on 127.0.0.1 (the SDK's account lookup needs
 * https). The server keeps data in memory only, so with `snapshotPath` it is reloaded at start
 * and saved on close and, when something changed, every `autosaveMs` — less often when the data
 * is large (`AUTOSAVE_DOCUMENTS_PER_INTERVAL`), and never two at once.
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
  answerQueryPlansItself(server);
  let dirty = false;
  let requests = 0;
  server.on('request', (req) => {
    requests += 1;
    if (req.method === 'GET' || req.headers['x-ms-documentdb-isquery'] === 'true') return;
    if (req.headers[QUERY_PLAN_HEADER]) return;
    dirty = true;
  });
  const port = await listen(server, options.port ?? 0);
  const endpoint = `https://127.0.0.1:${port}`;
  const client = createCosmosClient({ endpoint, key: EMBEDDED_COSMOS_KEY });

  if (options.snapshotPath) {
    await loadSnapshot(client, options.snapshotPath);
    dirty = false;
  }
  const path = options.saves === false ? undefined : options.snapshotPath;

  let saving: Promise<void> = Promise.resolve();
  let savesRunning = 0;
  let lastSaveEnd = 0;
  let lastSaveDocuments = 0;
  const save = async () => {
    if (!path) return;
    // Saves run one after the other so two never write the same temp file; a failed one
    // (reported to its caller) does not fail those after it.
    savesRunning += 1;
    saving = saving
      .catch(() => undefined)
      .then(async () => {
        dirty = false;
        try {
          lastSaveDocuments = await saveSnapshot(client, path);
        } catch (error) {
          dirty = true;
          throw error;
        } finally {
          savesRunning -= 1;
          lastSaveEnd = performance.now();
        }
      });
    return saving;
  };

  const autosaveMs = options.autosaveMs ?? 0;
  const autosaveDue = () =>
    dirty &&
    savesRunning === 0 &&
    performance.now() - lastSaveEnd >=
      autosaveMs * Math.floor(lastSaveDocuments / AUTOSAVE_DOCUMENTS_PER_INTERVAL);
  const timer =
    path && autosaveMs > 0
      ? setInterval(() => {
          if (!autosaveDue()) return;
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

const QUERY_PLAN_HEADER = 'x-ms-cosmos-is-query-plan-request';

/** What Cosmos DB plans for a plain query; the SDK uses it only for cross-partition features. */
const PLAIN_QUERY_PLAN = JSON.stringify({
  partitionedQueryExecutionInfoVersion: 2,
  queryInfo: {
    distinctType: 'None',
    top: null,
    offset: null,
    limit: null,
    orderBy: [],
    orderByExpressions: [],
    groupByExpressions: [],
    groupByAliases: [],
    aggregates: [],
    groupByAliasToAggregateType: {},
    rewrittenQuery: '',
    hasSelectValue: false,
    hasNonStreamingOrderBy: false,
  },
  queryRanges: [{ min: '', max: 'FF', isMinInclusive: true, isMaxInclusive: false }],
});

/**
 * The SDK sends a query-plan lookup beside every query. The embedded server does not know
 * the header and runs the query for it, scanning the container a second time for an answer
 * the SDK does not use within one partition; Cosmos DB plans without reading documents.
 */
function answerQueryPlansItself(server: Server): void {
  const [serve] = server.listeners('request') as RequestListener[];
  if (!serve) throw new Error('The embedded Cosmos server has no request handler');
  server.removeListener('request', serve);
  server.prependListener('request', (req, res) => {
    if (!req.headers[QUERY_PLAN_HEADER]) return serve(req, res);
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json', connection: 'keep-alive' });
      res.end(PLAIN_QUERY_PLAN);
    });
  });
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
