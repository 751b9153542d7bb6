import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUser } from '../support/demo-data';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
const elodie = demoUser('Élodie Martin');

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.dispose());

/** The record's change events, whether still in its outbox or already on its timeline. */
async function changeEvents(tenantId: string, recordId: string) {
  const store = t.app.store!;
  const pending = (await store.outbox.pending(10_000))
    .filter((item) => item.record.id === recordId)
    .flatMap((item) => item.events.map((e) => ({ id: e.id, type: e.type })));
  const written = (await store.timeline.listAllForRecord(tenantId, recordId))
    .filter((entry) => entry.kind === 'event')
    .map((entry) => ({ id: entry.id, type: entry.eventType }));
  return [...new Map([...pending, ...written].map((e) => [e.id, e])).values()];
}

describe('20 concurrent updates of one opportunity with the same ETag', () => {
  it('lets exactly one win; the others get 412; the winner is stored with one history entry', async () => {
    const token = await t.tokenFor(elodie.id);
    const documents = await t.app.store!.exportTenant(elodie.tenantId);
    const opportunity = documents.find(
      (d) => d.type === 'opportunity' && d.ownerId === elodie.id && d.status === 'open',
    )!;
    const etag = `"${opportunity.version}"`;
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.request('PATCH', `/opportunities/${opportunity.id}`, {
          token,
          body: { name: `Concurrent edit ${i}` },
          headers: { 'if-match': etag },
        }),
      ),
    );
    const statuses = replies.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(19);
    const winner = replies.find((r) => r.status === 200)!.body as { name: string; version: number };
    expect(winner.version).toBe(opportunity.version + 1);

    const read = await t.request('GET', `/opportunities/${opportunity.id}`, { token });
    expect(read.body).toMatchObject({ name: winner.name, version: opportunity.version + 1 });
    expect(read.headers.get('etag')).toBe(`"${opportunity.version + 1}"`);
    const events = await changeEvents(elodie.tenantId, opportunity.id);
    expect(events.map((e) => e.type)).toEqual(['opportunity.updated']);
  });
});
