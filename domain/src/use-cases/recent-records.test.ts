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
    const rita = w.actor('rita', 'seller', [w.spaceA]);
    const ctx = w.as(rita);
    expect(await listRecentRecords(ctx)).toEqual([]);
    const lead: RecordViewInput = { type: 'lead', id: (await w.lead(rita, w.spaceA, 'Lind')).id };
    const contact: RecordViewInput = {
      type: 'contact',
      id: (await w.contact(w.spaceA, 'Berg')).id,
    };
    const account: RecordViewInput = {
      type: 'account',
      id: (await w.account(w.spaceA, 'Berg AB')).id,
    };
    for (const viewed of [lead, contact, account, lead]) value(await recordView(ctx, viewed));
    expect(refsOf(await listRecentRecords(ctx))).toEqual([lead, account, contact]);
  });

  it('keep a record viewed again while it is the newest as it was', async () => {
    const ctx = w.as(w.actor('sven', 'seller', [w.spaceA]));
    const account: RecordViewInput = {
      type: 'account',
      id: (await w.account(w.spaceA, 'Svensk AB')).id,
    };
    value(await recordView(ctx, account));
    const [first] = await listRecentRecords(ctx);
    value(await recordView(ctx, account));
    expect(await listRecentRecords(ctx)).toEqual([first]);
  });

  it('keep the last twenty, and are each user’s own', async () => {
    const ctx = w.as(w.actor('tove', 'seller', [w.spaceA]));
    const views: RecordViewInput[] = [];
    for (let i = 0; i < MAX_RECENT_RECORDS + 5; i += 1)
      views.push({ type: 'contact', id: (await w.contact(w.spaceA, `Ek ${i}`)).id });
    for (const viewed of views) value(await recordView(ctx, viewed));
    expect(refsOf(await listRecentRecords(ctx))).toEqual(
      views.slice(-MAX_RECENT_RECORDS).reverse(),
    );
    const other = w.as(w.actor('ulla', 'seller', [w.spaceA]));
    expect(await listRecentRecords(other)).toEqual([]);
  });

  it('refuse a record the user may not see, or none at all, and keep nothing of it', async () => {
    const viggo = w.actor('viggo', 'seller', [w.spaceB]);
    const hidden = await w.lead(viggo, w.spaceB, 'Dold');
    const ctx = w.as(w.actor('wilma', 'seller', [w.spaceA]));
    for (const viewed of [
      { type: 'lead' as const, id: hidden.id },
      { type: 'opportunity' as const, id: randomUUID() },
    ]) {
      const refused = await recordView(ctx, viewed);
      expect(refused).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
    expect(await listRecentRecords(ctx)).toEqual([]);
  });
});
