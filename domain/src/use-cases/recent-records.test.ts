import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MAX_RECENT_RECORDS, type RecordViewInput } from '../model/recent-records';
import { value } from '../testing';
import { worldPerFile } from '../testing/world-per-file';
import { listRecentRecords, recordView } from './recent-records';

const { w } = worldPerFile();

const refsOf = (items: { type: string; id: string }[]) =>
  items.map(({ type, id }) => ({ type, id }));

describe("a user's recently viewed records", () => {
  it('are none before the first view, then newest first, each record once', async () => {
    const ctx = w.as(w.actor('rita', 'seller', [w.spaceA]));
    expect(await listRecentRecords(ctx)).toEqual([]);
    const lead: RecordViewInput = { type: 'lead', id: randomUUID() };
    const deal: RecordViewInput = { type: 'opportunity', id: randomUUID() };
    const account: RecordViewInput = { type: 'account', id: lead.id };
    for (const viewed of [lead, deal, account, lead]) value(await recordView(ctx, viewed));
    expect(refsOf(await listRecentRecords(ctx))).toEqual([lead, account, deal]);
  });

  it('keep a record viewed again while it is the newest as it was', async () => {
    const ctx = w.as(w.actor('sven', 'seller', [w.spaceA]));
    const deal: RecordViewInput = { type: 'opportunity', id: randomUUID() };
    value(await recordView(ctx, deal));
    const [first] = await listRecentRecords(ctx);
    value(await recordView(ctx, deal));
    expect(await listRecentRecords(ctx)).toEqual([first]);
  });

  it('keep the last twenty, and are each user’s own', async () => {
    const ctx = w.as(w.actor('tove', 'seller', [w.spaceA]));
    const views = Array.from({ length: MAX_RECENT_RECORDS + 5 }, () => ({
      type: 'contact' as const,
      id: randomUUID(),
    }));
    for (const viewed of views) value(await recordView(ctx, viewed));
    expect(refsOf(await listRecentRecords(ctx))).toEqual(
      views.slice(-MAX_RECENT_RECORDS).reverse(),
    );
    const other = w.as(w.actor('ulla', 'seller', [w.spaceA]));
    expect(await listRecentRecords(other)).toEqual([]);
  });
});
