import { describe, expect, it } from 'vitest';
import { value } from '../testing';
import { worldPerFile } from '../testing/world-per-file';
import { claimLead } from './claim-lead';
import { createLead } from './create-lead';
import { getLeadStats } from './get-lead-stats';
import { listLeads } from './list-leads';
import { updateLead } from './update-lead';
import { ListLeadsInput } from '../model/lead';

const { w } = worldPerFile();

const at = (instant: string) => ({ now: () => instant });
const ARRIVED = '2026-05-04T08:00:00.000Z';
const CLAIMED = '2026-05-04T08:30:00.000Z';

async function routedTo(ownerId: string | undefined, lastName: string) {
  const space = w.spaceA;
  const system = w.actor('system', 'admin', [space]);
  return value(
    await createLead(
      { ...w.as(system), clock: at(ARRIVED) },
      {
        spaceId: space,
        lastName,
        source: 'inbound_api',
        tags: [],
        ...(ownerId ? { ownerId } : {}),
      },
      { unassigned: true },
    ),
  );
}

const untouchedIds = async (userId: string) => {
  const page = value(
    await listLeads(
      w.as(w.actor(userId, 'seller', [w.spaceA])),
      ListLeadsInput.parse({ spaceId: w.spaceA, view: 'untouched', limit: 100 }),
    ),
  );
  return page.items.map((lead) => lead.id);
};

describe('claiming a lead', () => {
  it("accepts the owner's assignment: claimed, touched once, out of the untouched view", async () => {
    await w.user('ana', [w.spaceA]);
    const ana = w.actor('ana', 'seller', [w.spaceA]);
    const lead = await routedTo('ana', 'Assigned to Ana');
    expect(await untouchedIds('ana')).toContain(lead.id);
    const claimed = value(
      await claimLead({ ...w.as(ana), clock: at(CLAIMED) }, lead.id, lead.version),
    );
    expect(claimed).toMatchObject({ ownerId: 'ana', claimedBy: 'ana', claimedAt: CLAIMED });
    expect(claimed.firstTouchedAt).toBe(CLAIMED);
    expect(await untouchedIds('ana')).not.toContain(lead.id);
    // A second press (the same stale version) answers the lead and writes nothing.
    const again = value(
      await claimLead(
        { ...w.as(ana), clock: at('2026-05-04T09:00:00.000Z') },
        lead.id,
        lead.version,
      ),
    );
    expect(again.version).toBe(claimed.version);
    expect(again.claimedAt).toBe(CLAIMED);
  });

  it('gives a lead of the free pool to its claimer', async () => {
    await w.user('ben', [w.spaceA]);
    const ben = w.actor('ben', 'seller', [w.spaceA]);
    const lead = await routedTo(undefined, 'Pooled');
    const claimed = value(
      await claimLead({ ...w.as(ben), clock: at(CLAIMED) }, lead.id, lead.version),
    );
    expect(claimed).toMatchObject({ ownerId: 'ben', claimedBy: 'ben' });
  });

  it('refuses a lead someone else owns, changing nothing', async () => {
    await w.user('cleo', [w.spaceA]);
    const cleo = w.actor('cleo', 'seller', [w.spaceA]);
    const manager = w.actor('maria', 'manager', [w.spaceA]);
    const lead = await routedTo('ana', 'Ana keeps it');
    const refused = await claimLead(w.as(manager), lead.id, lead.version);
    expect(!refused.ok && refused.error.code).toBe('lead_already_claimed');
    const outsider = await claimLead(w.as(cleo), lead.id, lead.version);
    expect(outsider.ok).toBe(false);
    expect((await w.store.leads.get(w.tenantId, lead.id))?.version).toBe(lead.version);
  });

  it('counts in the median time to first touch once, whatever came first', async () => {
    const space = w.spaceB;
    await w.user('dan', [space]);
    const dan = w.actor('dan', 'seller', [space]);
    const system = w.actor('system', 'admin', [space]);
    const lead = value(
      await createLead(
        { ...w.as(system), clock: at(ARRIVED) },
        { spaceId: space, lastName: 'Edited first', source: 'call', tags: [], ownerId: 'dan' },
      ),
    );
    const edited = value(
      await updateLead(
        { ...w.as(dan), clock: at('2026-05-04T08:10:00.000Z') },
        lead.id,
        { company: 'Contoso' },
        lead.version,
      ),
    );
    const claimed = value(
      await claimLead({ ...w.as(dan), clock: at(CLAIMED) }, lead.id, edited.version),
    );
    expect(claimed.firstTouchedAt).toBe('2026-05-04T08:10:00.000Z');
    const stats = value(
      await getLeadStats(w.as(w.actor('maria', 'manager', [space])), space, {
        from: '2026-05-04',
        to: '2026-05-04',
        timeZone: 'UTC',
      }),
    );
    expect(stats.statistics.touched).toBe(1);
    expect(stats.statistics.medianFirstTouch?.fromMinutes).toBeLessThanOrEqual(10);
    expect(stats.statistics.medianFirstTouch?.toMinutes).toBeGreaterThan(10);
  });

  it('needs no claim for a lead one captures for oneself', async () => {
    await w.user('eva', [w.spaceA]);
    const eva = w.actor('eva', 'seller', [w.spaceA]);
    const own = value(
      await createLead(w.as(eva), {
        spaceId: w.spaceA,
        lastName: 'Mine',
        source: 'call',
        tags: [],
      }),
    );
    expect(own).toMatchObject({ ownerId: 'eva', claimedBy: 'eva', claimedAt: own.createdAt });
  });
});
