import { createOutboxDispatcher } from '@channel-crm/bot';
import type {
  CrmRecord,
  CrmStore,
  DomainEvent,
  NotificationSink,
} from '@channel-crm/domain/server';
import {
  anEvent,
  anOpportunity,
  startTestStore,
  type TestStore,
} from '@channel-crm/domain/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The dispatcher beside the writes: what it dispatches, and what it reads to find it.

let testStore: TestStore;
beforeAll(async () => {
  testStore = await startTestStore();
});
afterAll(() => testStore.close());

/** Each test its own tenant, so one test's pending outboxes are not another's. */
const newTenant = () => `tenant-${randomUUID()}`;

/** A deal committed with one event in its outbox and no dispatch after it (a crash). */
async function committedDeal(tenantId: string) {
  const opportunity = anOpportunity(tenantId);
  const created = anEvent(opportunity, 'opportunity.created');
  const written = await testStore.store.opportunities.commit(opportunity, [created], {
    expectedVersion: 0,
    commitId: randomUUID(),
  });
  if (!written.ok) throw new Error(written.error.message);
  return { id: opportunity.id, event: created };
}

/** The store, counting the sweep's queries of the container. */
function countingQueries(store: CrmStore) {
  const counted = { queries: 0 };
  const wrapped: CrmStore = {
    ...store,
    outbox: {
      ...store.outbox,
      pending: (limit) => {
        counted.queries += 1;
        return store.outbox.pending(limit);
      },
    },
  };
  return { store: wrapped, counted };
}

/** A notification sink that records what it was given, and fails while `down` is set. */
function recordingSink() {
  const sink = { delivered: [] as DomainEvent[], down: false };
  const deliver: NotificationSink = async (events) => {
    if (sink.down) throw new Error('queue unavailable');
    sink.delivered.push(...events);
  };
  return { sink, deliver };
}

describe('the outbox dispatcher', () => {
  it('delivers, at the next start, what a crash between commit and dispatch left', async () => {
    const tenantId = newTenant();
    const deals = [await committedDeal(tenantId), await committedDeal(tenantId)];
    const { sink, deliver } = recordingSink();

    const restarted = createOutboxDispatcher(testStore.store, deliver, () => undefined, 1);
    await restarted.recover();

    const delivered = sink.delivered.map((e) => e.id);
    expect(delivered).toEqual(expect.arrayContaining(deals.map((d) => d.event.id)));
    for (const deal of deals) {
      expect((await testStore.store.outbox.forRecord(tenantId, deal.id))?.events).toEqual([]);
    }
  });

  it('retries a failed dispatch by point reads, never by a query of the container', async () => {
    const tenantId = newTenant();
    const deal = await committedDeal(tenantId);
    const { sink, deliver } = recordingSink();
    const { store, counted } = countingQueries(testStore.store);
    const errors: unknown[] = [];
    const dispatcher = createOutboxDispatcher(store, deliver, (e) => errors.push(e));

    sink.down = true;
    dispatcher.dispatch(tenantId, [deal.id]);
    await dispatcher.idle();
    expect(errors).toHaveLength(1);
    expect((await store.outbox.forRecord(tenantId, deal.id))?.events).toHaveLength(1);

    sink.down = false;
    dispatcher.kick();
    await dispatcher.idle();
    expect(sink.delivered.map((e) => e.id)).toEqual([deal.event.id]);
    expect((await store.outbox.forRecord(tenantId, deal.id))?.events).toEqual([]);
    expect(counted.queries).toBe(0);

    // Delivered: a later tick has nothing left to read.
    dispatcher.kick();
    await dispatcher.idle();
    expect(sink.delivered).toHaveLength(1);
  });

  it('retries at most its limit of failed records a tick', async () => {
    const tenantId = newTenant();
    const deals = [
      await committedDeal(tenantId),
      await committedDeal(tenantId),
      await committedDeal(tenantId),
    ];
    const { sink, deliver } = recordingSink();
    const dispatcher = createOutboxDispatcher(testStore.store, deliver, () => undefined, 2);

    sink.down = true;
    dispatcher.dispatch(
      tenantId,
      deals.map((d) => d.id),
    );
    await dispatcher.idle();
    sink.down = false;

    dispatcher.kick();
    await dispatcher.idle();
    expect(sink.delivered).toHaveLength(2);
    dispatcher.kick();
    await dispatcher.idle();
    expect(sink.delivered.map((e) => e.id).sort()).toEqual(deals.map((d) => d.event.id).sort());
  });
});

/** A deal just created: its `opportunity.created` event waits in its outbox. */
async function writtenOpportunity(tenantId: string): Promise<string> {
  const store = testStore.store;
  const opportunity = anOpportunity(tenantId, { ownerId: 'anna', subscriberIds: ['boris'] });
  const written = await store.opportunities.commit(
    opportunity,
    [
      {
        id: randomUUID(),
        type: 'opportunity.created',
        tenantId,
        recordType: 'opportunity',
        recordId: opportunity.id,
        spaceId: opportunity.spaceId,
        actorId: 'anna',
        at: opportunity.createdAt,
        version: 1,
        changes: [],
        data: {},
      },
    ],
    { expectedVersion: 0, commitId: randomUUID() },
  );
  if (!written.ok) throw new Error(written.error.message);
  return opportunity.id;
}

/** A sink whose hand-off for one record waits until released, as a slow notifier would. */
function sinkHolding(heldId: string) {
  const handed: string[] = [];
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const sink = async (_events: unknown[], record: CrmRecord) => {
    handed.push(record.id);
    if (record.id === heldId) await released;
  };
  return { sink, handed, release };
}

const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((r) => setTimeout(r, 20));
};

it('dispatches a deal written while another deal is still being dispatched', async () => {
  const [store, tenantId] = [testStore.store, newTenant()];
  const [slow, next] = [await writtenOpportunity(tenantId), await writtenOpportunity(tenantId)];
  const { sink, handed, release } = sinkHolding(slow);
  const dispatcher = createOutboxDispatcher(store, sink);
  dispatcher.dispatch(tenantId, [slow]);
  await until(() => handed.includes(slow));
  dispatcher.dispatch(tenantId, [next]);
  await until(() => handed.includes(next));
  expect(handed).toEqual([slow, next]);
  release();
  await dispatcher.idle();
  const pending = (await store.outbox.pending(1000)).map((item) => item.record.id);
  expect(pending).not.toContain(slow);
  expect(pending).not.toContain(next);
});

it('never dispatches the same deal twice at once, and looks again once it is done', async () => {
  const [store, tenantId] = [testStore.store, newTenant()];
  const deal = await writtenOpportunity(tenantId);
  const { sink, handed, release } = sinkHolding(deal);
  const dispatcher = createOutboxDispatcher(store, sink);
  dispatcher.dispatch(tenantId, [deal]);
  await until(() => handed.length === 1);
  dispatcher.dispatch(tenantId, [deal]);
  await new Promise((r) => setTimeout(r, 200));
  expect(handed).toEqual([deal]);
  release();
  await dispatcher.idle();
  // The second look found the outbox already emptied by the first: nothing handed twice.
  expect(handed).toEqual([deal]);
});
