import { describe, expect, it } from 'vitest';
import type { Lead } from '../model/lead';
import type { CoOwnerShare } from '../model/shares';
import { leadFixture, value } from '../testing';
import { worldPerFile } from '../testing/world-per-file';
import { createActivity } from './create-activity';
import { createLead } from './create-lead';
import { GetLeadIntradayInput } from '../model/lead-stats';
import { getLeadIntraday } from './get-lead-intraday';
import { getLeadStats } from './get-lead-stats';
import { getSplitControl } from './get-split-control';
import { updateLead } from './update-lead';

const { w } = worldPerFile();

const at = (instant: string) => ({ now: () => instant });

describe('the lead counters behind the views', () => {
  it('take the first touch from a person, never from the system, and time it', async () => {
    const space = w.spaceB;
    const manager = w.actor('maria', 'manager', [space]);
    const system = w.actor('system', 'admin', [space]);
    await w.user('maria', [space]);
    const lead = value(
      await createLead(
        { ...w.as(manager), clock: at('2026-04-01T08:00:00.000Z') },
        { spaceId: space, lastName: 'Touched late', source: 'call', tags: [] },
      ),
    );
    const bySystem = value(
      await updateLead(
        { ...w.as(system), clock: at('2026-04-01T08:05:00.000Z') },
        lead.id,
        { tags: ['routed'] },
        lead.version,
      ),
    );
    expect(bySystem.firstTouchedAt).toBeUndefined();
    value(
      await createActivity(
        { ...w.as(manager), clock: at('2026-04-01T10:00:00.000Z') },
        {
          recordType: 'lead',
          recordId: lead.id,
          typeId: 'call',
          title: 'First call',
          dueAt: '2026-04-01T10:00:00.000Z',
        },
      ),
    );
    const touched = await w.store.leads.get(w.tenantId, lead.id);
    expect(touched?.firstTouchedAt).toBe('2026-04-01T10:00:00.000Z');
    const stats = value(
      await getLeadStats(w.as(manager), space, { to: '2026-04-01', timeZone: 'UTC' }),
    );
    expect(stats.statistics.touched).toBe(1);
    const median = stats.statistics.medianFirstTouch!;
    expect(median.fromMinutes).toBeLessThanOrEqual(120);
    expect(median.toMinutes).toBeGreaterThan(120);
    expect(Math.abs(median.minutes - 120) / 121).toBeLessThan(0.09);
  });

  it('shows arrivals by local hour against the same weekday of the weeks before', async () => {
    const space = w.spaceA;
    const manager = w.actor('maria', 'manager', [space]);
    // 08:30 UTC is 09:30 in Warsaw before the spring change of clocks.
    for (const instant of [
      '2026-03-16T08:30:00.000Z',
      '2026-03-16T08:40:00.000Z',
      '2026-03-23T08:30:00.000Z',
    ]) {
      value(
        await createLead(
          { ...w.as(manager), clock: at(instant) },
          { spaceId: space, lastName: `Arrived ${instant}`, source: 'web_form', tags: [] },
        ),
      );
    }
    const day = value(
      await getLeadIntraday(
        w.as(manager),
        space,
        GetLeadIntradayInput.parse({ date: '2026-03-23', timeZone: 'Europe/Warsaw', weeks: 2 }),
      ),
    );
    expect(day.arrivals).toBe(1);
    expect(day.hours[9]).toEqual({ hour: 9, arrivals: 1, average: 1 });
    expect(day.hours.filter((h) => h.hour !== 9).every((h) => h.arrivals + h.average === 0)).toBe(
      true,
    );
  });

  it('counts a batch of 90 leads of 45 sellers, too many figures for Patches', async () => {
    const space = w.spaceB;
    const manager = w.actor('maria', 'manager', [space]);
    const day = (i: number) =>
      new Date(Date.UTC(2025, 0, 6, i % 24, Math.floor(i / 24))).toISOString();
    const writes = Array.from({ length: 90 }, (_, i) => {
      const lead = leadFixture({
        tenantId: w.tenantId,
        spaceId: space,
        id: crypto.randomUUID(),
        version: 1,
        lastName: `Batch ${i}`,
        source: 'csv',
        status: i % 3 === 0 ? 'qualified' : 'new',
        ownerId: `seller-${i % 45}`,
        createdAt: day(i),
        updatedAt: day(i),
      });
      return { doc: lead, events: [], expectedVersion: 0 };
    });
    value(await w.store.commitBatch(w.tenantId, writes, crypto.randomUUID()));
    const stats = value(
      await getLeadStats(w.as(manager), space, {
        from: '2025-01-06',
        to: '2025-01-06',
        timeZone: 'UTC',
      }),
    );
    expect(stats.conversions.all).toEqual({ total: 90, qualified: 30 });
    expect(stats.conversions.bySeller).toHaveLength(45);
    const intraday = value(
      await getLeadIntraday(
        w.as(manager),
        space,
        GetLeadIntradayInput.parse({ date: day(5).slice(0, 10) }),
      ),
    );
    expect(intraday.hours.map((h) => h.arrivals)).toEqual(
      Array.from({ length: 24 }, (_, hour) => (hour < 18 ? 4 : 3)),
    );
  });

  it("sums each co-owner's shares of the split leads, and follows a change of shares", async () => {
    const space = w.spaceA;
    const manager = w.actor('maria', 'manager', [space]);
    const split = async (lastName: string, shares: CoOwnerShare[] | undefined) => {
      const lead = value(
        await createLead(w.as(manager), { spaceId: space, lastName, source: 'manual', tags: [] }),
      );
      // As the splitter writes them: each co-owner's basis points on the lead document.
      return value(
        await w.store.leads.commit({ ...lead, shares, version: 2 } as Lead, [], {
          expectedVersion: 1,
          commitId: crypto.randomUUID(),
        }),
      );
    };
    const thirds = await split('Three ways', [
      { userId: 'anna', share: 3334 },
      { userId: 'ben', share: 3333 },
      { userId: 'cleo', share: 3333 },
    ]);
    await split('Halves', [
      { userId: 'anna', share: 5000 },
      { userId: 'ben', share: 5000 },
    ]);
    await split('Not split', undefined);
    const control = value(await getSplitControl(w.as(manager), space));
    expect(control.splitLeads).toBe(2);
    expect(control.users).toEqual([
      { userId: 'anna', leads: 2, basisPoints: 8334 },
      { userId: 'ben', leads: 2, basisPoints: 8333 },
      { userId: 'cleo', leads: 1, basisPoints: 3333 },
    ]);
    expect(control.totals).toEqual({ leads: 5, basisPoints: 20000 });

    const twoWays = [
      { userId: 'anna', share: 6000 },
      { userId: 'ben', share: 4000 },
    ];
    await w.store.leads.commit({ ...thirds, shares: twoWays, version: 3 } as Lead, [], {
      expectedVersion: 2,
      commitId: crypto.randomUUID(),
    });
    const after = value(await getSplitControl(w.as(manager), space));
    expect(after.users).toEqual([
      { userId: 'anna', leads: 2, basisPoints: 11000 },
      { userId: 'ben', leads: 2, basisPoints: 9000 },
    ]);
    expect(after.totals).toEqual({ leads: 4, basisPoints: 20000 });
  });
});
