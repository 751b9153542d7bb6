import type { CosmosClient, IndexingPolicy, PartitionKeyDefinition } from '@azure/cosmos';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
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
 * Reads every document of every container through the SDK and writes it atomically; answers
 * how many documents it saved.
 */
export async function saveSnapshot(client: CosmosClient, path: string): Promise<number> {
  const snapshot: Snapshot = {
    format: 'channel-crm-cosmos-snapshot',
    savedAt: new Date().toISOString(),
    databases: [],
  };
  const { resources: databases } = await client.databases.readAll().fetchAll();
  for (const { id: databaseId } of databases) {
    const database = client.database(databaseId);
    const { resources: containers } = await database.containers.readAll().fetchAll();
    const saved: SnapshotContainer[] = [];
    for (const definition of containers) {
      const { resources } = await database
        .container(definition.id)
        .items.readAll<Record<string, unknown>>()
        .fetchAll();
      saved.push({
        id: definition.id,
        partitionKey: definition.partitionKey,
        indexingPolicy: definition.indexingPolicy,
        items: resources.map(withoutSystemFields),
      });
    }
    snapshot.databases.push({ id: databaseId, containers: saved });
  }
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.tmp-${process.pid}`;
  await writeFile(temp, JSON.stringify(snapshot));
  await rename(temp, path);
  return snapshot.databases
    .flatMap((db) => db.containers)
    .reduce((sum, container) => sum + container.items.length, 0);
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
