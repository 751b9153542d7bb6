import { describe, expect, it } from 'vitest';
import { value } from '../testing';
import { worldPerFile } from '../testing/world-per-file';
import { backfillLeadCounters, counterBackfillAddress } from './backfill-lead-counters';
import { createLead } from './create-lead';
import { getLeadStats } from './get-lead-stats';
import { qualifyLead } from './qualify-lead';
import { updateLead } from './update-lead';

const { test, w } = worldPerFile();

const at = (instant: string) => ({ now: () => instant });
const PERIOD = { from: '2026-01-05', to: '2026-01-09', timeZone: 'Europe/Paris' };

type Raw = { id: string; tenantId: string; type: string } & Record<string, unknown>;

/** The space's leads as if stored before the counters: no counter documents, no marks. */
async function forgetCounters(tenantId: string) {
  const { resources } = await test.container.items
    .query<Raw>({ query: 'SELECT * FROM c' }, { partitionKey: tenantId })
    .fetchAll();
  for (const doc of resources) {
    if (doc.type === 'lead-stats' || doc.type === 'lead-day') {
      await test.container.item(doc.id, tenantId).delete();
    } else if (doc.type === 'lead') {
      const { countersFormat: _counted, ...unmarked } = doc;
      await test.container.item(doc.id, tenantId).replace(unmarked);
    }
  }
}

const runToEnd = async () => {
  let counted = 0;
  for (;;) {
    const tick = await backfillLeadCounters(test.store, at('2026-02-01T00:00:00.000Z'), 2);
    counted += tick.counted;
    if (tick.done) return counted;
  }
};

const leadEtags = async (tenantId: string) => {
  const { resources } = await test.container.items
    .query<Raw>(
      { query: "SELECT c.id, c._etag FROM c WHERE c.type = 'lead'" },
      { partitionKey: tenantId },
    )
    .fetchAll();
  return Object.fromEntries(resources.map((doc) => [doc.id, doc._etag]));
};

describe('the backfill of the lead counters', () => {
  it('counts the leads stored before the counters once, as the writes would have', async () => {
    const manager = w.actor('maria', 'manager', [w.spaceA]);
    const seller = w.actor('sam', 'seller', [w.spaceA]);
    await w.user('maria', [w.spaceA]);
    await w.user('sam', [w.spaceA]);
    const arrivals = [
      '2026-01-05T07:30:00.000Z',
      '2026-01-06T23:30:00.000Z',
      '2026-01-09T12:00:00.000Z',
    ];
    for (const [i, instant] of arrivals.entries()) {
      const lead = value(
        await createLead(
          { ...w.as(manager), clock: at(instant) },
          { spaceId: w.spaceA, lastName: `Old ${i}`, source: 'web_form', tags: [], ownerId: 'sam' },
        ),
      );
      const worked = value(
        await updateLead(
          { ...w.as(seller), clock: at(new Date(Date.parse(instant) + 20 * 60_000).toISOString()) },
          lead.id,
          { status: 'working' },
          lead.version,
        ),
      );
      if (i === 0) value(await qualifyLead(w.as(seller), lead.id, { contact: {} }, worked.version));
    }
    // An arrival just before the period, in Paris: 2026-01-04 23:30 local.
    value(
      await createLead(
        { ...w.as(manager), clock: at('2026-01-04T22:30:00.000Z') },
        { spaceId: w.spaceA, lastName: 'Too early', source: 'call', tags: [] },
      ),
    );
    const counted = value(await getLeadStats(w.as(manager), w.spaceA, PERIOD));
    expect(counted.conversions.all).toEqual({ total: 3, qualified: 1 });

    await forgetCounters(w.tenantId);
    const forgotten = value(await getLeadStats(w.as(manager), w.spaceA, PERIOD));
    expect(forgotten.conversions.all).toEqual({ total: 0, qualified: 0 });

    expect(await runToEnd()).toBe(4);
    expect(value(await getLeadStats(w.as(manager), w.spaceA, PERIOD))).toEqual(counted);

    // Run again from the start: every lead is marked counted, so nothing moves.
    const before = await leadEtags(w.tenantId);
    await test.store.keyedDocuments.change(counterBackfillAddress, () => ({
      next: { done: false },
      answer: undefined,
    }));
    expect(await runToEnd()).toBe(0);
    expect(await leadEtags(w.tenantId)).toEqual(before);
    expect(value(await getLeadStats(w.as(manager), w.spaceA, PERIOD))).toEqual(counted);
  });

  it('counts a lead once when two runners reach it', async () => {
    const manager = w.actor('maria', 'manager', [w.spaceB]);
    await w.user('maria', [w.spaceA, w.spaceB]);
    const lead = value(
      await createLead(
        { ...w.as(manager), clock: at('2026-01-07T10:00:00.000Z') },
        { spaceId: w.spaceB, lastName: 'Raced', source: 'email', tags: [] },
      ),
    );
    await forgetCounters(w.tenantId);
    const address = { tenantId: w.tenantId, id: lead.id };
    const now = '2026-02-01T00:00:00.000Z';
    const runs = await Promise.all([
      test.store.leadCounters.count(address, now),
      test.store.leadCounters.count(address, now),
    ]);
    expect(runs.filter(Boolean)).toHaveLength(1);
    const stats = value(
      await getLeadStats(w.as(manager), w.spaceB, { ...PERIOD, timeZone: 'UTC' }),
    );
    expect(stats.conversions.all.total).toBe(1);
  });
});
