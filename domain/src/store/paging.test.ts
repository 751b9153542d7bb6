import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lead } from '../model/lead';
import type { ListQuery, Sort } from './ports';
import { startTestStore, type TestStore, aLead } from '../testing';

let t: TestStore;
const tenantId = `tenant-${randomUUID()}`;
const spaceId = randomUUID();
const hiddenSpace = randomUUID();
const created: Lead[] = [];
const names = ['Łukasz', 'Ana', 'Jürgen', 'Chloé', 'Søren', 'Ömer', 'Ива', 'Zoë'];

beforeAll(async () => {
  t = await startTestStore();
  const at = new Date('2026-01-01T00:00:00.000Z').toISOString();
  // Batches of 50: a batch of leads leaves room for the lead counters they move.
  for (let chunk = 0; chunk < 20; chunk += 1) {
    const leads = Array.from({ length: 50 }, (_, i) =>
      aLead(tenantId, {
        spaceId,
        // Eight names and one timestamp per chunk: most sort keys are shared by many leads.
        lastName: names[(chunk * 50 + i) % names.length]!,
        createdAt: at,
        updatedAt: new Date(Date.parse(at) + chunk * 1000).toISOString(),
        tags: i % 3 === 0 ? ['hot'] : [],
      }),
    );
    const written = await t.store.commitBatch(
      tenantId,
      leads.map((doc) => ({ doc, events: [], expectedVersion: 0 })),
      randomUUID(),
    );
    if (!written.ok) throw new Error(written.error.message);
    created.push(...leads);
  }
});
afterAll(() => t.close());

async function readAllPages(query: ListQuery, between: () => Promise<void>) {
  const seen: string[] = [];
  let continuation: string | undefined;
  do {
    const page = await t.store.leads.list(tenantId, query, { limit: 50, continuation });
    seen.push(...page.items.map((l) => l.id));
    continuation = page.continuation;
    await between();
  } while (continuation);
  return seen;
}

/** Writes to other records between pages: new leads elsewhere and edits of non-sort fields. */
const interleavedWrites = async () => {
  const other = aLead(tenantId, { spaceId: hiddenSpace, lastName: 'Ana' });
  await t.store.leads.commit(other, [], { expectedVersion: 0, commitId: randomUUID() });
  const elsewhere = aLead(`tenant-${randomUUID()}`, { spaceId, lastName: 'Ana' });
  await t.store.leads.commit(elsewhere, [], { expectedVersion: 0, commitId: randomUUID() });
};

describe('list paging', () => {
  const sorts: Sort[] = [
    { field: 'name', direction: 'asc' },
    { field: 'name', direction: 'desc' },
    { field: 'updatedAt', direction: 'desc' },
    { field: 'createdAt', direction: 'asc' },
  ];
  for (const sort of sorts) {
    it(`returns each of 1,000 leads exactly once by ${sort.field} ${sort.direction}`, async () => {
      const seen = await readAllPages(
        { scope: { viewerId: 'user-1', spaceIds: [spaceId] }, sort },
        interleavedWrites,
      );
      expect(seen).toHaveLength(1000);
      expect(new Set(seen)).toEqual(new Set(created.map((l) => l.id)));
    });
  }

  it('pages a filtered list in sort order', async () => {
    const seen = await readAllPages(
      {
        scope: { viewerId: 'user-1', spaceIds: [spaceId] },
        tag: 'hot',
        text: 'JURGEN',
        sort: { field: 'name', direction: 'asc' },
      },
      async () => undefined,
    );
    const expected = created.filter((l) => l.tags.includes('hot') && l.lastName === 'Jürgen');
    expect(seen.sort()).toEqual(expected.map((l) => l.id).sort());
    expect(expected.length).toBeGreaterThan(0);
  });
});
