import { beforeAll, describe, expect, it } from 'vitest';
import { value } from '../testing';
import { worldPerFile } from '../testing/world-per-file';
import { createLead } from './create-lead';
import { disqualifyLead } from './disqualify-lead';
import { ListLeadsInput } from '../model/lead';
import { listLeads } from './list-leads';
import { updateLead } from './update-lead';

// The tab's saved views (My open, Untouched, Incoming today) are answered by the server, so a
// page is full of what the view shows however many other leads come first in the sort.

const { w } = worldPerFile();

const firstPage = async (input: Partial<ListLeadsInput>) => {
  const seller = w.actor('anna', 'seller', [w.spaceA]);
  const page = value(
    await listLeads(w.as(seller), ListLeadsInput.parse({ spaceId: w.spaceA, limit: 2, ...input })),
  );
  return page.items.map((l) => l.lastName);
};

describe('the lead views', () => {
  let incomingFrom = '';

  beforeAll(async () => {
    const seller = w.actor('anna', 'seller', [w.spaceA]);
    const create = async (lastName: string) =>
      value(
        await createLead(w.as(seller), {
          spaceId: w.spaceA,
          lastName,
          source: 'manual',
          tags: [],
        }),
      );
    const worked = await create('Worked');
    value(await updateLead(w.as(seller), worked.id, { status: 'working' }, 1));
    const untouched = await create('Untouched');
    incomingFrom = untouched.createdAt;
    // Newer leads first in the default sort: three closed ones come before the open ones.
    for (const name of ['Closed one', 'Closed two', 'Closed three']) {
      const lead = await create(name);
      value(await disqualifyLead(w.as(seller), lead.id, { reason: 'No budget' }, 1));
    }
  });

  it('fills a page of open leads with open ones only', async () => {
    expect((await firstPage({ open: true })).sort()).toEqual(['Untouched', 'Worked']);
  });

  it('shows as untouched only the leads nobody changed since they came in', async () => {
    expect(await firstPage({ untouched: true })).toEqual(['Untouched']);
  });

  it('shows the leads that came in from a given instant, in any offset', async () => {
    const all = await firstPage({ createdAfter: incomingFrom, limit: 10 });
    expect(all).not.toContain('Worked');
    expect(all).toContain('Untouched');
    const sameInstant = new Date(Date.parse(incomingFrom)).toISOString().replace('Z', '+00:00');
    expect(await firstPage({ createdAfter: sameInstant, limit: 10 })).toEqual(all);
  });
});
