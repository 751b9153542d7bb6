import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CrmStore } from '../store/ports';
import { aLead, anAccount, anEvent, startTestStore, type TestStore } from '../testing';
import { observeCommits } from './observe-commits';

let testStore: TestStore;
let store: CrmStore;
const told: { tenantId: string; recordIds: string[] }[] = [];
const tenantId = `tenant-${randomUUID()}`;

beforeAll(async () => {
  testStore = await startTestStore();
  store = observeCommits(testStore.store, (t, recordIds) => told.push({ tenantId: t, recordIds }));
});
afterAll(() => testStore.close());

const commitId = () => randomUUID();

describe('a store observed for dispatch', () => {
  it('names a record whose commit put events in its outbox, once the write is done', async () => {
    told.length = 0;
    const lead = aLead(tenantId);
    const created = await store.leads.commit(lead, [anEvent(lead, 'lead.created')], {
      expectedVersion: 0,
      commitId: commitId(),
    });
    expect(created.ok).toBe(true);
    expect(told).toEqual([{ tenantId, recordIds: [lead.id] }]);
    expect((await store.outbox.forRecord(tenantId, lead.id))?.events).toHaveLength(1);
  });

  it('names nothing for a commit without events or a stale one that wrote nothing', async () => {
    const lead = aLead(tenantId);
    await store.leads.commit(lead, [], { expectedVersion: 0, commitId: commitId() });
    told.length = 0;
    const stale = await store.leads.commit(lead, [anEvent(lead, 'lead.updated')], {
      expectedVersion: 7,
      commitId: commitId(),
    });
    expect(stale.ok).toBe(false);
    await store.leads.commit(lead, [], { expectedVersion: 1, commitId: commitId() });
    expect(told).toEqual([]);
  });

  it('names the records of a batch that got events, and a record given events by append', async () => {
    told.length = 0;
    const lead = aLead(tenantId);
    const account = anAccount(tenantId);
    const batch = await store.commitBatch(
      tenantId,
      [
        { doc: lead, events: [anEvent(lead, 'lead.qualified')], expectedVersion: 0 },
        { doc: account, events: [], expectedVersion: 0 },
      ],
      commitId(),
    );
    expect(batch.ok).toBe(true);
    expect(await store.outbox.append(tenantId, lead.id, [anEvent(lead, 'note.added')])).toBe(true);
    expect(told).toEqual([
      { tenantId, recordIds: [lead.id] },
      { tenantId, recordIds: [lead.id] },
    ]);
  });
});
