import type { LeadStats } from '@channel-crm/domain';
import {
  backfillDuplicateKeys,
  counterBackfillAddress,
  keyBackfillAddress,
  type CrmStore,
} from '@channel-crm/domain/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS, demoUser } from '../support/demo-data';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The demo data is written straight through the store, without duplicate keys: just what
 * records stored before key documents existed look like.
 */
let t: TestApp;
let store: CrmStore;
let claire: string;
const contoso = DEMO_TENANTS[0]!.id;
const PAGE = 40;

/** A document as stored, storage-only fields included. */
type Raw = Record<string, unknown> & { id: string; tenantId: string; type: string; _etag?: string };
const documentsOf = async (tenantId: string) =>
  (await store.exportTenant(tenantId)) as unknown as Raw[];

type Check = { matches: { id: string }[]; hidden: number };

beforeAll(async () => {
  t = await startTestApp();
  store = t.app.store!;
  claire = await t.tokenFor(demoUser('Claire Dubois').id);
});
afterAll(() => t.dispose());

const check = async (body: object) => {
  const reply = await t.request('POST', '/duplicates/check', { token: claire, body });
  expect(reply.status).toBe(200);
  return (reply.body as Check).matches.map((m) => m.id);
};

/** Ticks until done; answers each tick's count of keyed records. */
const backfill = async () => {
  const ticks: number[] = [];
  for (;;) {
    const tick = await backfillDuplicateKeys(store, PAGE);
    ticks.push(tick.keyed);
    if (tick.done) return ticks;
  }
};

/** Every document of every demo tenant with its `_etag`: what a write would change. */
const snapshot = async () => {
  const docs: Raw[] = [];
  for (const tenant of DEMO_TENANTS) docs.push(...(await documentsOf(tenant.id)));
  return new Map(docs.map((d) => [`${d.tenantId}/${d.id}`, d._etag]));
};

describe('backfilling duplicate keys of records stored before key documents', () => {
  it('makes old leads, contacts and accounts findable, a page a tick, and a rerun changes nothing', async () => {
    const stored = await documentsOf(contoso);
    const first = (type: string, field: string) =>
      stored.find((d) => d.type === type && typeof d[field] === 'string' && !d.mergedInto)!;
    const lead = first('lead', 'email');
    const contact = first('contact', 'email');
    const account = first('account', 'email');
    expect([lead, contact, account].map((d) => d.duplicateKeys)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    const drafts = {
      lead: { type: 'lead', lastName: 'X', email: String(lead.email).toUpperCase() },
      contact: { type: 'contact', lastName: 'X', email: String(contact.email).toUpperCase() },
      account: {
        type: 'account',
        name: 'X',
        email: String(account.email).toUpperCase(),
      },
    };
    expect(await check(drafts.lead)).not.toContain(lead.id);
    expect(await check(drafts.contact)).not.toContain(contact.id);
    expect(await check(drafts.account)).not.toContain(account.id);

    const ticks = await backfill();
    expect(ticks.length).toBeGreaterThan(1);
    expect(Math.max(...ticks)).toBeLessThanOrEqual(PAGE);

    expect(await check(drafts.lead)).toContain(lead.id);
    expect(await check(drafts.contact)).toContain(contact.id);
    expect(await check(drafts.account)).toContain(account.id);

    const before = await snapshot();
    await store.keyedDocuments.put(keyBackfillAddress, { done: false, keyed: 0 });
    expect((await backfill()).every((keyed) => keyed === 0)).toBe(true);
    expect(await snapshot()).toEqual(before);
  }, 120_000);
});

describe('the local app with its migrations on (npm start)', () => {
  it('backfills in the background after start, until its progress says done', async () => {
    const app = await startTestApp(undefined, { migrations: true });
    try {
      const appStore = app.app.store!;
      const progress = async () => appStore.keyedDocuments.get(keyBackfillAddress);
      const counting = async () => appStore.keyedDocuments.get(counterBackfillAddress);
      const deadline = Date.now() + 60_000;
      while (
        ((await progress())?.done !== true || (await counting())?.done !== true) &&
        Date.now() < deadline
      ) {
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(await progress()).toMatchObject({ done: true });
      expect(await counting()).toMatchObject({ done: true });

      // The demo leads, stored without counters, now count: the figures equal a recount.
      const space = DEMO_TENANTS[0]!.spaces[0]!.id;
      const leads = ((await appStore.exportTenant(contoso)) as unknown as Raw[]).filter(
        (d) => d.type === 'lead' && d.spaceId === space && d.mergedInto === undefined,
      );
      expect(leads.length).toBeGreaterThan(0);
      const days = leads.map((l) => String(l.createdAt).slice(0, 10)).sort();
      const stats = await app.request(
        'GET',
        `/spaces/${space}/lead-stats?from=${days[0]}&to=${days.at(-1)}&timeZone=UTC`,
        { token: await app.tokenFor(demoUser('Claire Dubois').id) },
      );
      expect(stats.status).toBe(200);
      const figures = stats.body as LeadStats;
      expect(figures.conversions.all).toEqual({
        total: leads.length,
        qualified: leads.filter((l) => l.status === 'qualified').length,
      });
      expect(figures.statistics.total).toBe(leads.length);
      const contact = ((await appStore.exportTenant(contoso)) as unknown as Raw[]).find(
        (d) => d.type === 'contact' && typeof d.email === 'string',
      )!;
      const reply = await app.request('POST', '/duplicates/check', {
        token: await app.tokenFor(demoUser('Claire Dubois').id),
        body: { type: 'contact', lastName: 'X', email: contact.email },
      });
      expect((reply.body as Check).matches.map((m) => m.id)).toContain(contact.id);
    } finally {
      await app.dispose();
    }
  }, 120_000);
});
