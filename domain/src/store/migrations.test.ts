import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, SCHEMA_VERSION } from './migrations';
import { startTestStore, type TestStore } from '../testing';

/** A lead as written before schemaVersion existed: empty lists and flags were left out. */
const oldLead = (tenantId: string) => ({
  id: randomUUID(),
  tenantId,
  type: 'lead',
  version: 3,
  createdAt: '2025-05-01T09:00:00.000Z',
  createdBy: 'user-1',
  updatedAt: '2025-05-02T09:00:00.000Z',
  updatedBy: 'user-1',
  spaceId: randomUUID(),
  ownerId: 'user-1',
  lastName: 'Ionescu',
  status: 'working',
  source: 'manual',
});

describe('migrations', () => {
  it('upgrade an old lead to the current shape', () => {
    const upgraded = migrate(oldLead('t1'));
    expect(upgraded).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      version: 3,
      tags: [],
      participantIds: [],
      subscriberIds: [],
      coOwnerIds: [],
      archived: false,
      lastName: 'Ionescu',
    });
  });

  it('leave a current document as it is', () => {
    const current = { ...oldLead('t1'), schemaVersion: SCHEMA_VERSION, tags: ['vip'] };
    expect(migrate(current)).toEqual(current);
  });

  describe('on read', () => {
    let t: TestStore;
    beforeAll(async () => {
      t = await startTestStore();
    });
    afterAll(() => t.close());

    it('a stored old-shape lead reads, lists and edits in the current shape', async () => {
      const tenantId = `tenant-${randomUUID()}`;
      const doc = oldLead(tenantId);
      await t.container.items.create(doc);

      const read = await t.store.leads.get(tenantId, doc.id);
      expect(read).toMatchObject({ schemaVersion: SCHEMA_VERSION, tags: [], archived: false });
      const listed = await t.store.leads.list(
        tenantId,
        { scope: { viewerId: 'user-1' } },
        { limit: 10 },
      );
      expect(listed.items[0]?.subscriberIds).toEqual([]);
      const edited = await t.store.leads.commit({ ...read!, company: 'Dacia' }, [], {
        expectedVersion: 3,
        commitId: randomUUID(),
      });
      expect(edited).toMatchObject({ ok: true, value: { version: 4, company: 'Dacia' } });
    });
  });
});
