import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainEvent } from '../events';
import type { Opportunity } from '../model/opportunity';
import type { CrmRecord, CrmStore } from '../store/ports';
import { anOpportunity, startTestStore, type TestStore } from '../testing';
import { dispatchRecord } from './dispatch-record';
import { sweepOutboxes } from './sweep-outboxes';

let testStore: TestStore;
let store: CrmStore;
beforeAll(async () => {
  testStore = await startTestStore();
  store = testStore.store;
});
afterAll(() => testStore.close());

const tenantId = `tenant-${randomUUID()}`;
const at = '2026-04-01T09:00:00.000Z';

const newOpportunity = (): Opportunity =>
  anOpportunity(tenantId, {
    createdAt: at,
    createdBy: 'anna',
    updatedAt: at,
    updatedBy: 'anna',
    ownerId: 'anna',
    amount: undefined,
    probability: 20,
    subscriberIds: ['boris'],
  });

const event = (
  opportunity: Opportunity,
  type: DomainEvent['type'],
  version: number,
): DomainEvent => ({
  id: randomUUID(),
  type,
  tenantId,
  recordType: 'opportunity',
  recordId: opportunity.id,
  spaceId: opportunity.spaceId,
  actorId: 'anna',
  at,
  version,
  changes:
    type === 'opportunity.created' ? [] : [{ field: 'name', old: 'Fleet', new: opportunity.name }],
  data: {},
});

/** A deal committed with two events waiting in its outbox. */
async function opportunityWithEvents() {
  const opportunity = newOpportunity();
  const created = event(opportunity, 'opportunity.created', 1);
  const first = await store.opportunities.commit(opportunity, [created], {
    expectedVersion: 0,
    commitId: randomUUID(),
  });
  if (!first.ok) throw new Error(first.error.message);
  const updated = event(opportunity, 'opportunity.updated', 2);
  const second = await store.opportunities.commit(first.value, [updated], {
    expectedVersion: 1,
    commitId: randomUUID(),
  });
  if (!second.ok) throw new Error(second.error.message);
  return { opportunity: second.value, events: [created, updated] };
}

const pendingFor = async (recordId: string) =>
  (await store.outbox.pending(1000)).find((item) => item.record.id === recordId);

describe('the outbox dispatcher', () => {
  it('writes each event to the timeline, notifies, and empties the outbox', async () => {
    const { opportunity, events } = await opportunityWithEvents();
    const item = await pendingFor(opportunity.id);
    expect(item?.events.map((e) => e.id)).toEqual(events.map((e) => e.id));

    const notified: { events: DomainEvent[]; record: CrmRecord }[] = [];
    await dispatchRecord(store, item!, async (e, record) => {
      notified.push({ events: e, record });
    });

    const timeline = await store.timeline.listAllForRecord(tenantId, opportunity.id);
    expect(timeline.map((t) => t.id).sort()).toEqual(events.map((e) => e.id).sort());
    const updatedEntry = timeline.find((t) => t.eventType === 'opportunity.updated');
    expect(updatedEntry).toMatchObject({
      kind: 'event',
      actorId: 'anna',
      at,
      changes: [{ field: 'name', old: 'Fleet', new: 'Fleet renewal' }],
    });
    expect(notified).toHaveLength(1);
    expect(notified[0]!.events.map((e) => e.type)).toEqual([
      'opportunity.created',
      'opportunity.updated',
    ]);
    expect(notified[0]!.record.id).toBe(opportunity.id);
    expect(await pendingFor(opportunity.id)).toBeUndefined();
  });

  it('is idempotent: dispatching the same events twice leaves one entry per event', async () => {
    const { opportunity, events } = await opportunityWithEvents();
    const item = (await pendingFor(opportunity.id))!;
    await dispatchRecord(store, item);
    await dispatchRecord(store, item);
    const timeline = await store.timeline.listAllForRecord(tenantId, opportunity.id);
    expect(timeline).toHaveLength(events.length);
    expect(new Set(timeline.map((t) => t.id)).size).toBe(events.length);
  });

  it('keeps events pending when notifying fails, and a later sweep delivers them once', async () => {
    const { opportunity, events } = await opportunityWithEvents();
    const item = (await pendingFor(opportunity.id))!;
    const broken = async () => {
      throw new Error('queue unavailable');
    };
    await expect(dispatchRecord(store, item, broken)).rejects.toThrow('queue unavailable');
    expect((await pendingFor(opportunity.id))?.events).toHaveLength(events.length);

    const failedSweep = await sweepOutboxes(store, broken, 1000);
    expect(failedSweep.failures.map((f) => f.recordId)).toContain(opportunity.id);

    const seen: string[] = [];
    const sweep = await sweepOutboxes(
      store,
      async (e) => {
        seen.push(...e.map((x) => x.id));
      },
      1000,
    );
    expect(sweep.failures).toEqual([]);
    expect(sweep.dispatched).toBeGreaterThanOrEqual(1);
    expect(seen).toEqual(expect.arrayContaining(events.map((e) => e.id)));
    expect(await pendingFor(opportunity.id)).toBeUndefined();
    expect(await store.timeline.listAllForRecord(tenantId, opportunity.id)).toHaveLength(
      events.length,
    );
  });

  it('does not put note events on the timeline a second time (the note is already there)', async () => {
    const opportunity = newOpportunity();
    const noted = event(opportunity, 'note.added', 1);
    const committed = await store.opportunities.commit(opportunity, [noted], {
      expectedVersion: 0,
      commitId: randomUUID(),
    });
    if (!committed.ok) throw new Error(committed.error.message);
    const notified: string[] = [];
    await dispatchRecord(store, (await pendingFor(opportunity.id))!, async (e) => {
      notified.push(...e.map((x) => x.type));
    });
    expect(notified).toEqual(['note.added']);
    expect(await store.timeline.listAllForRecord(tenantId, opportunity.id)).toEqual([]);
  });

  it('lets a user edit with the version they saw after the outbox was drained', async () => {
    const { opportunity } = await opportunityWithEvents();
    await dispatchRecord(store, (await pendingFor(opportunity.id))!);
    const edited = await store.opportunities.commit(
      { ...opportunity, name: 'Fleet renewal 2027' },
      [],
      {
        expectedVersion: opportunity.version,
        commitId: randomUUID(),
      },
    );
    expect(edited.ok).toBe(true);
  });
});
