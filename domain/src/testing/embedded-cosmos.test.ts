import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCosmosClient } from '../store/cosmos-client';
import { createCosmosStore } from '../store/cosmos-store';
import { startEmbeddedCosmos } from './embedded-cosmos';
import { saveSnapshot } from './snapshot';
import { aLead } from './test-records';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'embedded-cosmos-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

const storeOn = (cosmos: { endpoint: string; key: string }) =>
  createCosmosStore({ endpoint: cosmos.endpoint, key: cosmos.key });

/** Every document of every container the server holds. */
async function documentCount(client: ReturnType<typeof createCosmosClient>): Promise<number> {
  let count = 0;
  const { resources: databases } = await client.databases.readAll().fetchAll();
  for (const { id: databaseId } of databases) {
    const database = client.database(databaseId);
    const { resources: containers } = await database.containers.readAll().fetchAll();
    for (const { id } of containers)
      count += (await database.container(id).items.readAll().fetchAll()).resources.length;
  }
  return count;
}

describe('embedded Cosmos server', () => {
  it('keeps the data across a restart through its snapshot', async () => {
    const snapshotPath = join(dir, 'cosmos.json');
    const lead = aLead('tenant-1');
    const first = await startEmbeddedCosmos({ snapshotPath });
    await (await storeOn(first)).leads.commit(lead, [], { expectedVersion: 0, commitId: 'c1' });
    await first.close();

    const second = await startEmbeddedCosmos({ snapshotPath });
    const store = await storeOn(second);
    const read = await store.leads.get('tenant-1', lead.id);
    const edited = await store.leads.commit({ ...read!, company: 'Acme' }, [], {
      expectedVersion: 1,
      commitId: 'c2',
    });
    await second.close();

    expect(read?.lastName).toBe(lead.lastName);
    expect(edited).toMatchObject({ ok: true, value: { version: 2 } });
  });

  it('reads a snapshot it was told not to write, and leaves it as it was', async () => {
    const snapshotPath = join(dir, 'cosmos.json');
    const kept = aLead('tenant-1');
    const first = await startEmbeddedCosmos({ snapshotPath });
    await (await storeOn(first)).leads.commit(kept, [], { expectedVersion: 0, commitId: 'c1' });
    await first.close();
    const saved = await readFile(snapshotPath, 'utf8');

    const throwaway = await startEmbeddedCosmos({ snapshotPath, saves: false, autosaveMs: 10 });
    const store = await storeOn(throwaway);
    const read = await store.leads.get('tenant-1', kept.id);
    await store.leads.commit(aLead('tenant-1'), [], { expectedVersion: 0, commitId: 'c2' });
    await throwaway.save();
    await throwaway.close();

    expect(read?.lastName).toBe(kept.lastName);
    expect(await readFile(snapshotPath, 'utf8')).toBe(saved);
  });

  it('saves a container a page at a time and restores every document of every page', async () => {
    const snapshotPath = join(dir, 'cosmos.json');
    const leads = Array.from({ length: 5 }, () => aLead('tenant-1'));
    const first = await startEmbeddedCosmos();
    const store = await storeOn(first);
    for (const lead of leads) {
      await store.leads.commit(lead, [], { expectedVersion: 0, commitId: lead.id });
    }
    const client = createCosmosClient({ endpoint: first.endpoint, key: first.key });
    // The leads and what their writes keep beside them (outboxes, counters, key documents).
    const stored = await documentCount(client);
    const saved = await saveSnapshot(client, snapshotPath, 2);
    client.dispose();
    await first.close();

    const second = await startEmbeddedCosmos({ snapshotPath });
    const restored = await storeOn(second);
    const read = await Promise.all(leads.map((lead) => restored.leads.get('tenant-1', lead.id)));
    await second.close();

    expect(stored).toBeGreaterThan(leads.length);
    expect(saved).toBe(stored);
    expect(read.map((lead) => lead?.id)).toEqual(leads.map((lead) => lead.id));
  });

  it('sets a corrupt snapshot aside, says where, and starts empty', async () => {
    const snapshotPath = join(dir, 'cosmos.json');
    await writeFile(snapshotPath, '{"format": "channel-crm-cosmos-snap');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    const cosmos = await startEmbeddedCosmos({ snapshotPath });
    const store = await storeOn(cosmos);
    const found = await store.leads.get('tenant-1', 'any');
    await cosmos.close();

    const files = await readdir(dir);
    const aside = files.find((f) => f.startsWith('cosmos.json.corrupt-'));
    expect(aside).toBeDefined();
    expect(await readFile(join(dir, aside!), 'utf8')).toBe('{"format": "channel-crm-cosmos-snap');
    expect(String(errors.mock.calls[0]?.[0])).toContain(join(dir, aside!));
    expect(String(errors.mock.calls[0]?.[0])).toContain(snapshotPath);
    expect(found).toBeUndefined();
  });

  it('saves changes on its own every autosave interval', async () => {
    const snapshotPath = join(dir, 'cosmos.json');
    const cosmos = await startEmbeddedCosmos({ snapshotPath, autosaveMs: 50 });
    const lead = aLead('tenant-1');
    await (await storeOn(cosmos)).leads.commit(lead, [], { expectedVersion: 0, commitId: 'c1' });

    await vi.waitFor(async () => expect(await readFile(snapshotPath, 'utf8')).toContain(lead.id), {
      timeout: 5000,
    });
    await cosmos.close();
  });
});
