import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lead } from '../model/lead';
import type { CoOwnerShare } from '../model/shares';
import type { SplitterRun } from '../model/splitter-settings';
import { splitShares } from '../rules/split-shares';
import { value } from '../testing';
import { worldPerFile } from '../testing/world-per-file';
import { disqualifyLead } from './disqualify-lead';
import { executeSplitterFilter } from './execute-splitter-filter';
import { getLead } from './get-lead';
import { getSplitterRun } from './get-splitter-run';
import { qualifyLead } from './qualify-lead';
import { setSplitterFilters } from './set-splitter-filters';
import { splitArrivingLead } from './split-arriving-lead';
import { getSplitterFilters } from './get-splitter-filters';

const { w } = worldPerFile();

const SELLERS = ['ann', 'ben', 'cat', 'dan', 'eve', 'fay', 'gus'];
const admin = () => w.actor('admin', 'admin', [w.spaceA, w.spaceB]);
const seller = (id: string) => w.actor(id, 'seller', [w.spaceA]);

beforeAll(async () => {
  for (const id of SELLERS) await w.user(id);
  await w.pipeline(w.spaceA);
});

type Filter = { name: string; tag: string; coOwners: CoOwnerShare[]; runOnArrival?: boolean };

/** Saves these filters as the space's (replacing what was there); answers their ids. */
async function saveFilters(filters: Filter[]): Promise<string[]> {
  const current = value(await getSplitterFilters(w.as(admin()), w.spaceA));
  const saved = value(
    await setSplitterFilters(
      w.as(admin()),
      w.spaceA,
      {
        filters: filters.map((f) => ({
          name: f.name,
          conditions: [{ kind: 'tag', anyOf: [f.tag] }],
          coOwners: f.coOwners,
          runOnArrival: f.runOnArrival ?? false,
        })),
      },
      current.version,
    ),
  );
  return saved.filters.map((f) => f.id);
}

/** Executes the filter page by page, as the tab does, and answers the finished run. */
async function execute(filterId: string): Promise<SplitterRun> {
  let run = value(await executeSplitterFilter(w.as(admin()), w.spaceA, filterId));
  while (!run.done)
    run = value(await executeSplitterFilter(w.as(admin()), w.spaceA, filterId, run.continuation));
  return run;
}

const leadsTagged = async (tag: string, count: number, owner = 'ann'): Promise<Lead[]> => {
  const leads: Lead[] = [];
  for (let i = 0; i < count; i += 1)
    leads.push(await w.lead(seller(owner), w.spaceA, `${tag}-${i}`, { tags: [tag] }));
  return leads;
};

const reread = async (lead: Lead) => value(await getLead(w.as(admin()), lead.id));
const total = (shares: readonly CoOwnerShare[] = []) => shares.reduce((s, c) => s + c.share, 0);

describe('executing a splitter filter', () => {
  it.each([3, 6, 7])('gives %i co-owners shares that add up to exactly 100 %%', async (n) => {
    const tag = `even-${n}-${randomUUID().slice(0, 8)}`;
    const coOwners = splitShares(SELLERS.slice(0, n));
    const [filterId] = await saveFilters([{ name: `Even ${n}`, tag, coOwners }]);
    const leads = await leadsTagged(tag, 2, 'gus');

    const run = await execute(filterId!);

    expect(run).toMatchObject({ split: 2, unchanged: 0, unprocessedCount: 0 });
    for (const lead of leads) {
      const split = await reread(lead);
      expect(total(split.shares)).toBe(10_000);
      expect(split.shares).toEqual(coOwners);
      expect(split.splitBy).toBe(filterId);
      expect(new Set(split.coOwnerIds)).toEqual(
        new Set(coOwners.map((c) => c.userId).filter((id) => id !== 'gus')),
      );
    }
    expect(coOwners.map((c) => c.share)).toEqual(
      n === 3
        ? [3334, 3333, 3333]
        : n === 6
          ? [1667, 1667, 1667, 1667, 1666, 1666]
          : [1429, 1429, 1429, 1429, 1428, 1428, 1428],
    );
  });

  it('changes nothing when executed again', async () => {
    const tag = `again-${randomUUID().slice(0, 8)}`;
    const [filterId] = await saveFilters([
      { name: 'Fair', tag, coOwners: splitShares(['ann', 'ben']) },
    ]);
    const leads = await leadsTagged(tag, 3);
    expect(await execute(filterId!)).toMatchObject({ split: 3, unchanged: 0 });
    const before = await Promise.all(leads.map(reread));

    const again = await execute(filterId!);

    expect(again).toMatchObject({ split: 0, unchanged: 3, unprocessedCount: 0 });
    expect(await Promise.all(leads.map(reread))).toEqual(before);
  });

  it('lists each lead it could not split with the reason', async () => {
    const tag = `reasons-${randomUUID().slice(0, 8)}`;
    const [closed, otherFilters, fine] = await leadsTagged(tag, 3, 'ben');
    value(await disqualifyLead(w.as(seller('ben')), closed!.id, { reason: 'No budget' }, 1));
    const [firstId, secondId] = await saveFilters([
      { name: 'First', tag, coOwners: splitShares(['ann', 'cat']) },
      { name: 'Second', tag, coOwners: splitShares(['dan', 'eve']) },
    ]);
    // The first filter splits the two open leads; the second then finds them split.
    const split = await execute(firstId!);
    expect(split.unprocessed).toEqual([
      { leadId: closed!.id, title: `${tag}-0`, reason: 'lead_closed' },
    ]);

    const second = await execute(secondId!);

    expect(second.unprocessed).toEqual([
      { leadId: closed!.id, title: `${tag}-0`, reason: 'lead_closed' },
      { leadId: otherFilters!.id, title: `${tag}-1`, reason: 'split_by_other_filter' },
      { leadId: fine!.id, title: `${tag}-2`, reason: 'split_by_other_filter' },
    ]);
    expect(value(await getSplitterRun(w.as(admin()), w.spaceA, secondId!))).toEqual(second);
  });

  it('splits no lead while a co-owner has left the space, naming them', async () => {
    const tag = `inactive-${randomUUID().slice(0, 8)}`;
    await w.user('leaver');
    const [lead] = await leadsTagged(tag, 1);
    const [filterId] = await saveFilters([
      { name: 'With leaver', tag, coOwners: splitShares(['ann', 'leaver']) },
    ]);
    const leaver = (await w.store.users.get(w.tenantId, 'leaver'))!;
    value(
      await w.store.users.commit({ ...leaver, spaceIds: [] }, [], {
        expectedVersion: leaver.version,
        commitId: randomUUID(),
      }),
    );

    const run = await execute(filterId!);

    expect(run.unprocessed).toEqual([
      { leadId: lead!.id, title: `${tag}-0`, reason: 'inactive_user', userId: 'leaver' },
    ]);
    expect((await reread(lead!)).shares).toBeUndefined();
  });

  it('refuses co-owners who are not members of the space', async () => {
    const current = value(await getSplitterFilters(w.as(admin()), w.spaceA));
    const refused = await setSplitterFilters(
      w.as(admin()),
      w.spaceA,
      {
        filters: [
          {
            name: 'Outsider',
            conditions: [{ kind: 'tag', anyOf: ['x'] }],
            coOwners: splitShares(['ann', 'nobody']),
            runOnArrival: false,
          },
        ],
      },
      current.version,
    );
    expect(!refused.ok && refused.error.code).toBe('user_not_in_space');
  });

  it('lets only admins keep and execute filters', async () => {
    const denied = await getSplitterFilters(w.as(seller('ann')), w.spaceA);
    expect(!denied.ok && denied.error.kind).toBe('forbidden');
  });

  it('knows no filters of a space that is not the tenant’s', async () => {
    const missing = await getSplitterFilters(w.as(admin()), randomUUID());
    expect(!missing.ok && missing.error.kind).toBe('not_found');
  });
});

describe('a split lead', () => {
  it('carries its shares over to the opportunity it is qualified into', async () => {
    const tag = `qualify-${randomUUID().slice(0, 8)}`;
    const coOwners = splitShares(['ann', 'ben', 'cat']);
    const [filterId] = await saveFilters([{ name: 'Qualify', tag, coOwners }]);
    const [lead] = await leadsTagged(tag, 1);
    await execute(filterId!);
    const split = await reread(lead!);

    // A co-owner qualifies it: they work the lead as its owner does.
    const done = value(
      await qualifyLead(w.as(seller('ben')), lead!.id, { opportunity: {} }, split.version),
    );

    expect(done.opportunity).toMatchObject({ shares: coOwners, ownerId: 'ann' });
    expect(done.opportunity!.coOwnerIds).toEqual(expect.arrayContaining(['ben', 'cat']));
  });

  it('is split on arrival by a filter set to run on arriving leads', async () => {
    const tag = `arrival-${randomUUID().slice(0, 8)}`;
    const coOwners = splitShares(['dan', 'eve', 'fay']);
    await saveFilters([{ name: 'Arrivals', tag, coOwners, runOnArrival: true }]);
    const arrived = await w.lead(seller('ann'), w.spaceA, 'Arrived', {
      tags: [tag],
      source: 'web_form',
    });
    const byHand = await w.lead(seller('ann'), w.spaceA, 'By hand', { tags: [tag] });

    const split = value(await splitArrivingLead(w.as(admin()), arrived));
    const untouched = value(await splitArrivingLead(w.as(admin()), byHand));

    expect((await reread(split)).shares).toEqual(coOwners);
    expect((await reread(untouched)).shares).toBeUndefined();
  });
});
