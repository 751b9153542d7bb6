import { webFormSnippet } from '@channel-crm/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeHttpServer, type FakeHttpServer } from '../../scripts/local/fake-http-server';
import { startTabHarness, violationsInEveryTheme, type TabHarness } from '../support/tab-harness';

const ADMIN = 'Claire Dubois';
const THANKS = 'Thank you, we will call you back.';
/** The time check refuses a form sent sooner than 3 s after it was shown. */
const HUMAN_PAUSE_MS = 3_200;

type Form = { id: string; name: string; spaceId: string };
type Lead = { lastName: string; source: string; ownerId?: string; email?: string };

describe('a web form embedded on another website', () => {
  let h: TabHarness;
  let shop: FakeHttpServer;
  let stranger: FakeHttpServer;
  let snippet = '';

  /** A website: its page holds the snippet an admin pasted. */
  const website = () =>
    startFakeHttpServer(
      (_, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><html lang="en"><title>Shop</title><h1>Shop</h1>${snippet}</html>`);
      },
      (res) => {
        res.writeHead(500);
        res.end();
      },
    );

  const poolLeadsNamed = async (spaceId: string, lastName: string) =>
    (
      await h.apiGet<{ items: Lead[] }>(
        ADMIN,
        `/leads?spaceId=${spaceId}&unassigned=true&text=${lastName}&limit=100`,
      )
    ).items.filter((l) => l.lastName === lastName);

  const visit = async (origin: string): Promise<Page> => {
    const context = await h.browser.newContext();
    const page = await context.newPage();
    await page.goto(origin);
    return page;
  };

  beforeAll(async () => {
    h = await startTabHarness();
    shop = await website();
    stranger = await website();
  }, 240_000);

  afterAll(async () => {
    await shop?.close();
    await stranger?.close();
    await h?.close();
  }, 60_000);

  it('an admin creates it in Settings, with the origins that may embed it', async () => {
    const admin = await h.signedIn(ADMIN);
    await admin.goto(`${h.tabUrl}/#/settings`);
    await admin.getByRole('tab', { name: 'Inbound leads' }).click({ timeout: 30_000 });
    await admin.getByRole('button', { name: 'New web form' }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByLabel('Form name').fill('Contact page');
    await dialog.getByLabel('E-mail').check();
    await dialog.getByLabel('Websites that may embed it').fill(shop.origin);
    await dialog.getByLabel(/^Confirmation in English/).fill(THANKS);
    await dialog.getByRole('button', { name: 'Create form' }).click();
    await expect.poll(() => admin.getByRole('heading', { name: 'Contact page' }).count()).toBe(1);
    await admin.context().close();

    const spaces = await h.apiGet<{ items: { id: string }[] }>(ADMIN, '/spaces');
    const forms = (
      await Promise.all(
        spaces.items.map((s) => h.apiGet<{ items: Form[] }>(ADMIN, `/spaces/${s.id}/forms`)),
      )
    ).flatMap((list) => list.items);
    const form = forms.find((f) => f.name === 'Contact page');
    expect(form).toBeDefined();
    snippet = webFormSnippet(new URL(h.apiUrl).origin, form!.id);
  }, 120_000);

  it('a visitor sends it from the allowed website and a lead lands in the free pool', async () => {
    const spaceId = await spaceOfForm();
    const page = await visit(shop.origin);
    await page.getByLabel('Last name').fill('Kowalczyk', { timeout: 30_000 });
    await page.getByLabel('E-mail').fill('kowalczyk@shop.example');
    await page.waitForTimeout(HUMAN_PAUSE_MS);
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe(THANKS);
    await page.context().close();

    const [lead, ...more] = await poolLeadsNamed(spaceId, 'Kowalczyk');
    expect(more).toEqual([]);
    expect(lead).toMatchObject({ source: 'web_form', email: 'kowalczyk@shop.example' });
    expect(lead!.ownerId).toBeUndefined();
  }, 60_000);

  it('a bot that fills the honeypot is thanked, and nothing is stored', async () => {
    const spaceId = await spaceOfForm();
    const page = await visit(shop.origin);
    await page.getByLabel('Last name').fill('Robotnik', { timeout: 30_000 });
    await page
      .locator('input[name="fax_number"]')
      .evaluate((input) => ((input as HTMLInputElement).value = '+48 555 0100'));
    await page.waitForTimeout(HUMAN_PAUSE_MS);
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe(THANKS);
    await page.context().close();
    expect(await poolLeadsNamed(spaceId, 'Robotnik')).toEqual([]);
  }, 60_000);

  it('another website cannot load it', async () => {
    const page = await (await h.browser.newContext()).newPage();
    const refused = page.waitForEvent('console', (m) => m.type() === 'error');
    await page.goto(stranger.origin);
    expect((await refused).text()).toContain('CORS');
    expect(await page.getByLabel('Last name').count()).toBe(0);
    await page.context().close();
  }, 60_000);

  it('an admin creates an API key: shown once, listed by its prefix, revoked', async () => {
    const admin = await h.signedIn(ADMIN);
    const openInbound = async () => {
      await admin.goto(`${h.tabUrl}/#/settings`);
      await admin.getByRole('tab', { name: 'Inbound leads' }).click({ timeout: 30_000 });
    };
    const createKey = async (name: string) => {
      await admin.getByLabel('Key name').fill(name);
      await admin.getByRole('button', { name: 'Create key' }).click();
      const shown = admin.getByLabel('API key', { exact: true });
      await expect.poll(() => shown.inputValue()).toMatch(/^crm_/);
      return shown.inputValue();
    };
    await openInbound();
    const token = await createKey('Newsletter tool');
    const endpoint = await admin.getByLabel('Send leads to').inputValue();
    const spaceId = /\/inbound\/spaces\/([0-9a-f-]{36})\/leads$/.exec(endpoint)![1]!;
    const send = () =>
      fetch(`${h.apiUrl}/inbound/spaces/${spaceId}/leads`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ externalId: 'nl-1', lastName: 'Newsletterson' }),
      });
    expect((await send()).status).toBe(200);

    await admin.reload();
    await admin.getByRole('tab', { name: 'Inbound leads' }).click({ timeout: 30_000 });
    const table = admin.getByRole('table', { name: 'API keys' });
    const row = table.getByRole('row').filter({ hasText: 'Newsletter tool' });
    await expect.poll(() => row.textContent()).toContain(token.slice(0, 12));
    expect(await admin.getByLabel('API key', { exact: true }).count()).toBe(0);

    await row.getByRole('button', { name: 'Revoke Newsletter tool' }).click();
    await expect.poll(() => row.count()).toBe(0);
    expect((await send()).status).toBe(401);
    // A key stays, so the accessibility scan below sees the table too.
    await createKey('Events app');
    await admin.context().close();
  }, 120_000);

  it('the Inbound leads settings are accessible in every theme', async () => {
    const violations = await violationsInEveryTheme(h, ADMIN, async (page, theme, scan) => {
      await page.goto(`${h.tabUrl}/?theme=${theme}#/settings`);
      await page.getByRole('tab', { name: 'Inbound leads' }).click({ timeout: 30_000 });
      await page.getByRole('heading', { name: 'Contact page' }).waitFor({ timeout: 30_000 });
      await scan('inbound');
    });
    expect(violations).toEqual({});
  }, 240_000);

  async function spaceOfForm(): Promise<string> {
    const formId = /\/api\/forms\/([0-9a-f-]{36})\/embed/.exec(snippet)![1]!;
    const spaces = await h.apiGet<{ items: { id: string }[] }>(ADMIN, '/spaces');
    for (const s of spaces.items) {
      const forms = await h.apiGet<{ items: Form[] }>(ADMIN, `/spaces/${s.id}/forms`);
      if (forms.items.some((f) => f.id === formId)) return s.id;
    }
    throw new Error('The form is in none of the admin’s spaces');
  }
});
