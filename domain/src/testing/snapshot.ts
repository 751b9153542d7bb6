import type { CosmosClient, IndexingPolicy, PartitionKeyDefinition } from '@azure/cosmos';
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { asJson } from '../store/stored-document';

type SnapshotContainer = {
  id: string;
  partitionKey?: PartitionKeyDefinition;
  indexingPolicy?: IndexingPolicy;
  items: Record<string, unknown>[];
};
type Snapshot = {
  format: 'channel-crm-cosmos-snapshot';
  savedAt: string;
  databases: { id: string; containers: SnapshotContainer[] }[];
};

const SYSTEM_FIELDS = ['_rid', '_self', '_etag', '_ts', '_attachments'];

/**
 * Documents a save reads per request. The server runs in this process: a page, not the whole
 * container, is what one step of a save keeps the requests beside it waiting for.
 */
export const SNAPSHOT_PAGE = 5_000;

/**
 * Reads every document of every container through the SDK, a page at a time, writing each
 * page to a temporary file that then replaces the snapshot; answers how many documents it
 * saved.
 */
export async function saveSnapshot(
  client: CosmosClient,
  path: string,
  pageSize = SNAPSHOT_PAGE,
): Promise<number> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.tmp-${process.pid}`;
  const file = await open(temp, 'w');
  const write = (text: string) => file.write(text);
  let saved = 0;
  try {
    const format: Snapshot['format'] = 'channel-crm-cosmos-snapshot';
    const savedAt = new Date().toISOString();
    await write(`{"format":"${format}","savedAt":"${savedAt}","databases":[`);
    const { resources: databases } = await client.databases.readAll().fetchAll();
    for (const [d, { id: databaseId }] of databases.entries()) {
      const database = client.database(databaseId);
      const { resources: containers } = await database.containers.readAll().fetchAll();
      await write(`${d > 0 ? ',' : ''}{"id":${JSON.stringify(databaseId)},"containers":[`);
      for (const [c, { id, partitionKey, indexingPolicy }] of containers.entries()) {
        const head = JSON.stringify({ id, partitionKey, indexingPolicy });
        // The container's fields, then its items, written page by page.
        await write(`${c > 0 ? ',' : ''}${head.slice(0, -1)},"items":[`);
        const pages = database
          .container(id)
          .items.readAll<Record<string, unknown>>({ maxItemCount: pageSize });
        let inContainer = 0;
        while (pages.hasMoreResults()) {
          const { resources } = await pages.fetchNext();
          if (resources.length === 0) continue;
          const items = resources.map((doc) => JSON.stringify(withoutSystemFields(doc)));
          await write(`${inContainer > 0 ? ',' : ''}${items.join(',')}`);
          inContainer += resources.length;
        }
        saved += inContainer;
        await write(']}');
      }
      await write(']}');
    }
    await write(']}');
  } finally {
    await file.close();
  }
  await rename(temp, path);
  return saved;
}

/**
 * Recreates the databases, containers and documents of a snapshot. A missing file is a fresh
 * start; an unreadable one is moved aside (never wiped) and reported.
 */
export async function loadSnapshot(client: CosmosClient, path: string): Promise<void> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const snapshot = parseSnapshot(text);
  if (!snapshot) {
    const aside = `${path}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await rename(path, aside);
    console.error(
      `The Cosmos snapshot ${path} could not be read; it was moved to ${aside} and the store starts empty.`,
    );
    return;
  }
  for (const db of snapshot.databases) {
    const { database } = await client.databases.createIfNotExists({ id: db.id });
    for (const saved of db.containers) {
      const { container } = await database.containers.createIfNotExists({
        id: saved.id,
        partitionKey: saved.partitionKey,
        indexingPolicy: saved.indexingPolicy,
      });
      for (let i = 0; i < saved.items.length; i += 100) {
        const chunk = saved.items.slice(i, i + 100);
        // The legacy bulk API works on the embedded server; executeBulkOperations does not.
        const results = await container.items.bulk(
          chunk.map((doc) => ({ operationType: 'Upsert' as const, resourceBody: asJson(doc) })),
        );
        const failed = results.find((r) => r.statusCode >= 400);
        if (failed) throw new Error(`Reloading ${path} failed with status ${failed.statusCode}`);
      }
    }
  }
}

function parseSnapshot(text: string): Snapshot | undefined {
  try {
    const value = JSON.parse(text) as Partial<Snapshot>;
    if (value.format !== 'channel-crm-cosmos-snapshot' || !Array.isArray(value.databases)) {
      return undefined;
    }
    const wellFormed = value.databases.every(
      (db) =>
        typeof db.id === 'string' &&
        Array.isArray(db.containers) &&
        db.containers.every((c) => typeof c.id === 'string' && Array.isArray(c.items)),
    );
    return wellFormed ? (value as Snapshot) : undefined;
  } catch {
    return undefined;
  }
}

function withoutSystemFields(doc: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...doc };
  for (const field of SYSTEM_FIELDS) delete copy[field];
  return copy;
}
