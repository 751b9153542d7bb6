import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredDocument } from './stored-document';
import { startTestStore, type TestStore, aLead, anEvent } from '../testing';

let t: TestStore;
beforeAll(async () => {
  t = await startTestStore();
});
afterAll(() => t.close());

const tenant = () => `tenant-${randomUUID()}`;
const raw = async (tenantId: string, id: string) =>
  (await t.container.item(id, tenantId).read<StoredDocument>()).resource;

describe('commit', () => {
  it('answers a stale version with a conflict and writes nothing', async () => {
    const lead = aLead(tenant());
    const created = await t.store.leads.commit(lead, [anEvent(lead, 'lead.created')], {
      expectedVersion: 0,
      commitId: randomUUID(),
    });
    expect(created.ok).toBe(true);
    const first = await t.store.leads.commit({ ...lead, lastName: 'Kowalski' }, [], {
      expectedVersion: 1,
      commitId: randomUUID(),
    });
    expect(first.ok && first.value.version).toBe(2);
    const before = await raw(lead.tenantId, lead.id);

    const late = await t.store.leads.commit(
      { ...lead, lastName: 'Wiśniewski' },
      [anEvent(lead, 'lead.updated')],
      { expectedVersion: 1, commitId: randomUUID() },
    );

    expect(late).toMatchObject({ ok: false, error: { kind: 'stale', currentVersion: 2 } });
    const after = await raw(lead.tenantId, lead.id);
    expect(after?._etag).toBe(before?._etag);
    expect(after?.lastName).toBe('Kowalski');
    expect(after?.outbox).toHaveLength(1);
  });

  it('lets a user edit again with the version of the first answer after the outbox was drained', async () => {
    const lead = aLead(tenant());
    await t.store.leads.commit(lead, [anEvent(lead, 'lead.created')], {
      expectedVersion: 0,
      commitId: randomUUID(),
    });
    const edited = await t.store.leads.commit(
      { ...lead, company: 'Acme' },
      [anEvent(lead, 'lead.updated')],
      { expectedVersion: 1, commitId: randomUUID() },
    );
    if (!edited.ok) throw new Error(edited.error.message);

    const pending = await t.store.outbox.pending(1000);
    const mine = pending.find((p) => p.record.id === lead.id);
    expect(mine?.events.map((e) => e.type)).toEqual(['lead.created', 'lead.updated']);
    await t.store.outbox.acknowledge(
      lead.tenantId,
      mine!.record,
      mine!.events.map((e) => e.id),
    );
    expect((await t.store.outbox.pending(1000)).some((p) => p.record.id === lead.id)).toBe(false);

    const again = await t.store.leads.commit(
      { ...edited.value, company: 'Acme Ltd' },
      [anEvent(lead, 'lead.updated')],
      { expectedVersion: edited.value.version, commitId: randomUUID() },
    );
    expect(again).toMatchObject({ ok: true, value: { version: 3, company: 'Acme Ltd' } });
  });

  it('creating an id that exists is a duplicate', async () => {
    const lead = aLead(tenant());
    await t.store.leads.commit(lead, [], { expectedVersion: 0, commitId: randomUUID() });
    const twice = await t.store.leads.commit(lead, [], {
      expectedVersion: 0,
      commitId: randomUUID(),
    });
    expect(twice).toMatchObject({ ok: false, error: { kind: 'duplicate' } });
  });

  it('a retry of a commit whose reply was lost leaves one change and one set of events', async () => {
    const lead = aLead(tenant());
    await t.store.leads.commit(lead, [], { expectedVersion: 0, commitId: randomUUID() });
    const commitId = randomUUID();
    const change = { ...lead, status: 'working' as const };
    const events = [anEvent(lead, 'lead.status_changed')];
    const landed = await t.store.leads.commit(change, events, { expectedVersion: 1, commitId });
    expect(landed.ok).toBe(true);

    // The caller never saw that answer and sends the same commit again.
    const retried = await t.store.leads.commit(change, events, { expectedVersion: 1, commitId });

    expect(retried).toMatchObject({ ok: true, value: { version: 2, status: 'working' } });
    const doc = await raw(lead.tenantId, lead.id);
    expect(doc?.version).toBe(2);
    expect(doc?.outbox?.map((e) => e.id)).toEqual(events.map((e) => e.id));
  });

  it('never shows storage fields to the domain', async () => {
    const lead = aLead(tenant());
    await t.store.leads.commit(lead, [anEvent(lead, 'lead.created')], {
      expectedVersion: 0,
      commitId: randomUUID(),
    });
    const read = await t.store.leads.get(lead.tenantId, lead.id);
    for (const field of ['outbox', 'commits', 'sortName', '_etag', 'hasOutbox']) {
      expect(read).not.toHaveProperty(field);
    }
    expect(read?.searchText).toBe('zofia nowak zofia.nowak@example.com');
  });
});

describe('tenants', () => {
  it('tenant A never reads tenant B documents, even by id', async () => {
    const a = tenant();
    const b = tenant();
    const spaceId = randomUUID();
    const theirs = aLead(b, { spaceId, lastName: 'Secret' });
    await t.store.leads.commit(theirs, [], { expectedVersion: 0, commitId: randomUUID() });

    expect(await t.store.leads.get(a, theirs.id)).toBeUndefined();
    expect(await t.store.leads.getMany(a, [theirs.id])).toEqual([]);
    const listed = await t.store.leads.list(
      a,
      { scope: { viewerId: 'user-1', spaceIds: [spaceId] }, text: 'secret' },
      { limit: 50 },
    );
    expect(listed.items).toEqual([]);
    expect(await t.store.exportTenant(a)).toEqual([]);
    const overwrite = await t.store.leads.commit({ ...theirs, tenantId: a }, [], {
      expectedVersion: 1,
      commitId: randomUUID(),
    });
    expect(overwrite).toMatchObject({ ok: false, error: { kind: 'not_found' } });
    expect((await t.store.leads.get(b, theirs.id))?.lastName).toBe('Secret');
  });
});
