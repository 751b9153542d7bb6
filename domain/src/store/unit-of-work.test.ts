import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStore, type TestStore, aLead, anEvent } from '../testing';
import type { Lead } from '../model/lead';
import { acknowledgeBetweenEdits, inUnitOfWork, outsideUnitOfWork } from './unit-of-work';

let t: TestStore;
beforeAll(async () => {
  t = await startTestStore();
});
afterAll(() => t.close());

/** A stored lead of a fresh tenant with nothing waiting in its outbox. */
async function storedLead(): Promise<Lead> {
  const lead = aLead(`tenant-${randomUUID()}`);
  const created = await t.store.leads.commit(lead, [], {
    expectedVersion: 0,
    commitId: randomUUID(),
  });
  if (!created.ok) throw new Error(created.error.message);
  return created.value;
}

const edit = (lead: Lead, company: string, withEvent = false) =>
  t.store.leads.commit({ ...lead, company }, withEvent ? [anEvent(lead, 'lead.updated')] : [], {
    expectedVersion: lead.version,
    commitId: randomUUID(),
  });

describe('a unit of work', () => {
  it('counts a point read as one round trip and an edit it read as one more', async () => {
    const lead = await storedLead();
    const read = await inUnitOfWork(() => t.store.leads.get(lead.tenantId, lead.id));
    expect(read.roundTrips).toBe(1);
    const edited = await inUnitOfWork(async () => {
      const current = await t.store.leads.get(lead.tenantId, lead.id);
      return edit(current!, 'Acme');
    });
    expect(edited.value).toMatchObject({ ok: true, value: { version: 2, company: 'Acme' } });
    expect(edited.roundTrips).toBe(2);
  });

  it('keeps events another writer put in the outbox between its read and its commit', async () => {
    const lead = await storedLead();
    const appended = anEvent(lead, 'lead.updated');
    const { value: edited } = await inUnitOfWork(async () => {
      const current = await t.store.leads.get(lead.tenantId, lead.id);
      await outsideUnitOfWork(() => t.store.outbox.append(lead.tenantId, lead.id, [appended]));
      return edit(current!, 'Acme', true);
    });
    expect(edited).toMatchObject({ ok: true, value: { version: 2, company: 'Acme' } });
    const outbox = await t.store.outbox.forRecord(lead.tenantId, lead.id);
    expect(outbox?.events.map((e) => e.id)).toContain(appended.id);
    expect(outbox?.events).toHaveLength(2);
  });

  it('answers stale when another user saved a version between its read and its commit', async () => {
    const lead = await storedLead();
    const { value: late } = await inUnitOfWork(async () => {
      const current = await t.store.leads.get(lead.tenantId, lead.id);
      await outsideUnitOfWork(() => edit(lead, 'Globex'));
      return edit(current!, 'Acme');
    });
    expect(late).toMatchObject({ ok: false, error: { kind: 'stale', currentVersion: 2 } });
    expect((await t.store.leads.get(lead.tenantId, lead.id))?.company).toBe('Globex');
  });

  it('lets an edit that read the record commit before the acknowledgement of its outbox', async () => {
    const lead = await storedLead();
    const delivered = await edit(lead, 'Initech', true);
    if (!delivered.ok) throw new Error(delivered.error.message);
    const [event] = (await t.store.outbox.forRecord(lead.tenantId, lead.id))!.events;
    let acknowledged: Promise<void> | undefined;
    const edited = await inUnitOfWork(async () => {
      const current = await t.store.leads.get(lead.tenantId, lead.id);
      acknowledged = outsideUnitOfWork(() =>
        t.store.outbox.acknowledge(lead.tenantId, current!, [event!.id]),
      );
      // Time enough for the acknowledgement to land, were it not waiting for this edit.
      await new Promise((resolve) => setTimeout(resolve, 50));
      return edit(current!, 'Acme', true);
    });
    await acknowledged;
    expect(edited.value).toMatchObject({ ok: true, value: { version: 3, company: 'Acme' } });
    expect(edited.roundTrips).toBe(2);
    const outbox = await t.store.outbox.forRecord(lead.tenantId, lead.id);
    expect(outbox?.events.map((e) => e.id)).not.toContain(event!.id);
    expect(outbox?.events).toHaveLength(1);
  });

  it('hands delivered events to the edit holding their record, whose commit leaves them out', async () => {
    const lead = await storedLead();
    const delivered = await edit(lead, 'Initech', true);
    if (!delivered.ok) throw new Error(delivered.error.message);
    const [event] = (await t.store.outbox.forRecord(lead.tenantId, lead.id))!.events;
    const ownWrites: string[][] = [];
    const writeOwn = async (eventIds: string[]) => ownWrites.push(eventIds);
    let acknowledged: Promise<void> | undefined;
    const edited = await inUnitOfWork(async () => {
      const current = await t.store.leads.get(lead.tenantId, lead.id);
      acknowledged = outsideUnitOfWork(() =>
        acknowledgeBetweenEdits(lead.tenantId, lead.id, [event!.id], writeOwn),
      );
      return edit(current!, 'Acme', true);
    });
    await acknowledged;
    expect(edited.roundTrips).toBe(2);
    expect(ownWrites).toEqual([]);
    const outbox = await t.store.outbox.forRecord(lead.tenantId, lead.id);
    expect(outbox?.events.map((e) => e.id)).not.toContain(event!.id);
    expect(outbox?.events).toHaveLength(1);
  });

  it('acknowledges by itself once a unit that only read the record ended', async () => {
    const lead = await storedLead();
    const ownWrites: string[][] = [];
    let acknowledged: Promise<void> | undefined;
    await inUnitOfWork(async () => {
      await t.store.leads.get(lead.tenantId, lead.id);
      acknowledged = outsideUnitOfWork(() =>
        acknowledgeBetweenEdits(lead.tenantId, lead.id, ['event-1'], async (eventIds) =>
          ownWrites.push(eventIds),
        ),
      );
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(ownWrites).toEqual([]);
    });
    await acknowledged;
    expect(ownWrites).toEqual([['event-1']]);
  });

  it('reads a record only once the acknowledgement running on it has ended', async () => {
    const lead = await storedLead();
    let endWrite = () => {};
    const written = new Promise<void>((resolve) => (endWrite = resolve));
    const acknowledged = acknowledgeBetweenEdits(
      lead.tenantId,
      lead.id,
      ['event-1'],
      () => written,
      { graceMs: 0 },
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    let readAt: 'during' | 'after' | undefined;
    let phase: 'during' | 'after' = 'during';
    const read = inUnitOfWork(async () => {
      await t.store.leads.get(lead.tenantId, lead.id);
      readAt = phase;
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    phase = 'after';
    endWrite();
    await Promise.all([acknowledged, read]);
    expect(readAt).toBe('after');
  });

  it('hands delivered events to an edit of their record that starts just after', async () => {
    const lead = await storedLead();
    const delivered = await edit(lead, 'Initech', true);
    if (!delivered.ok) throw new Error(delivered.error.message);
    const [event] = (await t.store.outbox.forRecord(lead.tenantId, lead.id))!.events;
    const ownWrites: string[][] = [];
    const acknowledged = acknowledgeBetweenEdits(lead.tenantId, lead.id, [event!.id], async (ids) =>
      ownWrites.push(ids),
    );
    const edited = await inUnitOfWork(async () => {
      const current = await t.store.leads.get(lead.tenantId, lead.id);
      return edit(current!, 'Acme', true);
    });
    await acknowledged;
    expect(edited.roundTrips).toBe(2);
    expect(ownWrites).toEqual([]);
    const outbox = await t.store.outbox.forRecord(lead.tenantId, lead.id);
    expect(outbox?.events.map((e) => e.id)).not.toContain(event!.id);
  });
});
