import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import { LeadSource, type Lead } from '../model/lead';
import type { LeadStats } from '../model/lead-stats';
import { value } from '../testing';
import { newWorld, type World } from '../testing/opportunity-test-kit';
import { startTestStore, type TestStore } from '../testing/test-store';
import { localDateOf } from '../rules/task-schedule';
import { firstTouchBucket, firstTouchBucketRange } from '../store/lead-counter-delta';
import { claimLead } from './claim-lead';
import { createActivity } from './create-activity';
import { createLead } from './create-lead';
import { disqualifyLead } from './disqualify-lead';
import { getLeadStats } from './get-lead-stats';
import { qualifyLead } from './qualify-lead';
import { updateLead } from './update-lead';

// Every figure of the lead statistics comes from counters the lead writes keep. Whatever
// happens to the leads, those figures must equal a recount of the leads as they are stored.

const SELLERS = ['anna', 'ben', 'cleo'];

type Step =
  | { kind: 'create'; source: LeadSource; owner: number | undefined; hoursLater: number }
  | { kind: 'work'; lead: number; by: number | 'system'; hoursLater: number }
  | { kind: 'qualify'; lead: number; hoursLater: number }
  | { kind: 'disqualify'; lead: number; hoursLater: number }
  | { kind: 'claim'; lead: number; by: number; hoursLater: number }
  | { kind: 'call'; lead: number; by: number; hoursLater: number };

const later = fc.integer({ min: 0, max: 40 });
const seller = fc.integer({ min: 0, max: SELLERS.length - 1 });
const leadIndex = fc.nat(30);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('create' as const),
    source: fc.constantFrom(...LeadSource.options),
    owner: fc.option(seller, { nil: undefined }),
    hoursLater: later,
  }),
  fc.record({
    kind: fc.constant('work' as const),
    lead: leadIndex,
    by: fc.oneof(seller, fc.constant('system' as const)),
    hoursLater: later,
  }),
  fc.record({ kind: fc.constant('qualify' as const), lead: leadIndex, hoursLater: later }),
  fc.record({ kind: fc.constant('disqualify' as const), lead: leadIndex, hoursLater: later }),
  fc.record({
    kind: fc.constant('claim' as const),
    lead: leadIndex,
    by: seller,
    hoursLater: later,
  }),
  fc.record({ kind: fc.constant('call' as const), lead: leadIndex, by: seller, hoursLater: later }),
);

/** A clock the steps move on by whole hours (plus a second a reading, so instants differ). */
const steppedClock = () => {
  let t = Date.parse('2026-03-02T07:00:00.000Z');
  return {
    now: () => new Date((t += 1000)).toISOString(),
    advance: (hours: number) => (t += hours * 3_600_000),
  };
};

async function play(world: World, steps: Step[]): Promise<Lead[]> {
  const clock = steppedClock();
  const manager = world.actor('maria', 'manager', [world.spaceA]);
  const sellers = SELLERS.map((id) => world.actor(id, 'seller', [world.spaceA]));
  const system = world.actor('system', 'admin', [world.spaceA]);
  const as = (who: Actor) => ({ ...world.as(who), clock });
  const ids: string[] = [];
  const current = (index: number) => {
    const id = ids[index % Math.max(ids.length, 1)];
    return id === undefined ? undefined : world.store.leads.get(world.tenantId, id);
  };
  for (const s of steps) {
    clock.advance(s.hoursLater);
    if (s.kind === 'create') {
      const lead = value(
        await createLead(as(manager), {
          spaceId: world.spaceA,
          lastName: `Lead ${ids.length}`,
          source: s.source,
          tags: [],
          ...(s.owner === undefined ? {} : { ownerId: SELLERS[s.owner] }),
        }),
      );
      ids.push(lead.id);
      continue;
    }
    const lead = await current(s.lead);
    if (!lead) continue;
    const open = lead.status === 'new' || lead.status === 'working';
    // Refusals (a closed lead, an owned one to claim) are part of a history too: they count nothing.
    if (s.kind === 'work' && open) {
      const by = s.by === 'system' ? system : sellers[s.by]!;
      await updateLead(as(by), lead.id, { status: 'working' }, lead.version);
    } else if (s.kind === 'qualify' && open) {
      await qualifyLead(as(manager), lead.id, { contact: {} }, lead.version);
    } else if (s.kind === 'disqualify' && open) {
      await disqualifyLead(as(manager), lead.id, { reason: 'No budget' }, lead.version);
    } else if (s.kind === 'claim' && open && lead.ownerId === undefined) {
      await claimLead(as(sellers[s.by]!), lead.id, lead.version);
    } else if (s.kind === 'call') {
      value(
        await createActivity(as(manager), {
          recordType: 'lead',
          recordId: lead.id,
          typeId: 'call',
          title: 'Call back',
          dueAt: clock.now(),
        }),
      );
    }
  }
  const leads = await Promise.all(ids.map((id) => world.store.leads.get(world.tenantId, id)));
  return leads.filter((lead): lead is Lead => lead !== undefined);
}

/**
 * Whole-hour zones on both sides of UTC, two of them changing to summer time within the
 * histories' weeks (from 2 March 2026).
 */
const TIME_ZONES = ['UTC', 'Europe/Paris', 'America/New_York', 'Asia/Tokyo', 'Pacific/Kiritimati'];

/** The statistics and conversions counted the slow way, lead by lead. */
function recount(leads: Lead[], from: string, to: string, timeZone: string) {
  const day = (instant: string) => localDateOf(instant, timeZone);
  const inPeriod = leads.filter((l) => day(l.createdAt) >= from && day(l.createdAt) <= to);
  const conversion = (rows: Lead[]) => ({
    total: rows.length,
    qualified: rows.filter((l) => l.status === 'qualified').length,
  });
  const bySource = LeadSource.options
    .map((source) => ({ source, ...conversion(inPeriod.filter((l) => l.source === source)) }))
    .filter((row) => row.total > 0);
  const owners = [...new Set(inPeriod.map((l) => l.ownerId ?? ''))].sort();
  const bySeller = owners.map((owner) => ({
    ...(owner === '' ? {} : { ownerId: owner }),
    ...conversion(inPeriod.filter((l) => (l.ownerId ?? '') === owner)),
  }));
  const statusSource = new Map<string, number>();
  for (const l of inPeriod) {
    const key = `${l.status}.${l.source}`;
    statusSource.set(key, (statusSource.get(key) ?? 0) + 1);
  }
  const touches = inPeriod
    .filter((l) => l.firstTouchedAt !== undefined)
    .map((l) => Date.parse(l.firstTouchedAt!) - Date.parse(l.createdAt))
    .sort((a, b) => a - b);
  const median = touches[Math.floor((touches.length - 1) / 2)];
  return {
    conversions: { all: conversion(inPeriod), bySource, bySeller },
    statusSource: Object.fromEntries(statusSource),
    total: inPeriod.length,
    touched: touches.length,
    medianBucket:
      median === undefined
        ? undefined
        : firstTouchBucket(new Date(0).toISOString(), new Date(median).toISOString()),
  };
}

const statusSourceOf = (stats: LeadStats) =>
  Object.fromEntries(
    stats.statistics.byStatusAndSource.map((row) => [`${row.status}.${row.source}`, row.count]),
  );

describe('lead statistics from counters', () => {
  const test = {} as TestStore;
  beforeAll(async () => Object.assign(test, await startTestStore()));
  afterAll(() => test.close());

  it('equal a recount of the leads that arrived in a period of local dates, after any history', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 25 }),
        fc.nat(4),
        fc.nat(4),
        fc.constantFrom(...TIME_ZONES),
        async (steps, skipFirst, skipLast, timeZone) => {
          const world = await newWorld(test.store);
          for (const id of [...SELLERS, 'maria']) await world.user(id, [world.spaceA]);
          const leads = await play(world, steps);
          const days = [...new Set(leads.map((l) => localDateOf(l.createdAt, timeZone)))].sort();
          const from = days[Math.min(skipFirst, days.length - 1)] ?? '2026-03-02';
          const to = days.at(-1 - Math.min(skipLast, days.length - 1)) ?? from;
          const period = from <= to ? { from, to, timeZone } : { from: to, to: from, timeZone };
          const manager = world.actor('maria', 'manager', [world.spaceA]);
          const stats = value(await getLeadStats(world.as(manager), world.spaceA, period));
          const expected = recount(leads, period.from, period.to, timeZone);
          expect(stats.conversions).toEqual(expected.conversions);
          expect(statusSourceOf(stats)).toEqual(expected.statusSource);
          expect(stats.statistics.total).toBe(expected.total);
          expect(stats.statistics.touched).toBe(expected.touched);
          const median = stats.statistics.medianFirstTouch;
          if (expected.medianBucket === undefined) expect(median).toBeUndefined();
          else {
            const range = firstTouchBucketRange(expected.medianBucket);
            expect(median?.fromMinutes).toBeCloseTo(range.fromMinutes, 1);
            expect(median?.toMinutes).toBeCloseTo(range.toMinutes, 1);
          }
        },
      ),
      { numRuns: 25 },
    );
  }, 240_000);
});
