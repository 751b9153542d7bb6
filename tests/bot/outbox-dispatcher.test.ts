import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createOutboxDispatcher } from '@channel-crm/bot/notifier';
import type { CrmRecord, CrmStore } from '@channel-crm/domain/server';
import { anOpportunity, startTestStore, type TestStore } from '@channel-crm/domain/testing';

let testStore: TestStore;
let store: CrmStore;
beforeAll(async () => {
  testStore = await startTestStore();
  store = testStore.store;
});
afterAll(() => testStore.close());

const tenantId = `tenant-${randomUUID()}`;

/** A deal just created: its `opportunity.created` event waits in its outbox. */
async function writtenOpportunity(): Promise<string> {
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
  const [slow, next] = [await writtenOpportunity(), await writtenOpportunity()];
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
  const deal = await writtenOpportunity();
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
