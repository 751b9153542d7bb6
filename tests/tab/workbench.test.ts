import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTabHarness, violationsInEveryTheme, type TabHarness } from '../support/tab-harness';

const SELLER = 'Élodie Martin';
const ADMIN = 'Claire Dubois';

type Figures = { openLeads: number; openOpportunities: number; overdueOpportunities: number };

describe('the workbench in Chromium', () => {
  let h: TabHarness;
  let seller: Page;
  let opportunityId = '';

  const apiPost = async <T>(path: string, body: unknown): Promise<T> => {
    const response = await fetch(`${h.apiUrl}${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await h.token(SELLER)}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
    });
    expect(response.status).toBeLessThan(300);
    return (await response.json()) as T;
  };

  beforeAll(async () => {
    h = await startTabHarness();
    // The dev server compiles the tab on its first load: slow on a busy machine.
    const warm = await h.browser.newPage();
    await warm.goto(h.tabUrl, { timeout: 180_000 });
    await warm.close();
    seller = await h.signedIn(SELLER);
  }, 420_000);

  afterAll(async () => {
    await h?.close();
  }, 60_000);

  it('My CRM shows the figures the server counted, deals past their close among them', async () => {
    const { spaces } = await h.apiGet<{ spaces: { id: string }[] }>(SELLER, '/me');
    ({ id: opportunityId } = await apiPost<{ id: string }>('/opportunities', {
      spaceId: spaces[0]!.id,
      name: 'Overdue renewal',
      expectedCloseDate: '2020-03-31',
    }));
    const figures = await h.apiGet<Figures>(SELLER, '/me/figures');
    expect(figures.overdueOpportunities).toBeGreaterThan(0);
    await seller.goto(`${h.tabUrl}/#/my`);
    const tile = (name: string) => seller.getByRole('region', { name });
    await tile('My deals past their expected close').waitFor({ timeout: 30_000 });
    for (const [name, count] of [
      ['My open leads', figures.openLeads],
      ['My open deals', figures.openOpportunities],
      ['My deals past their expected close', figures.overdueOpportunities],
    ] as const)
      expect(
        await tile(name).getByText(count.toLocaleString('en-US'), { exact: true }).count(),
      ).toBe(1);
    await tile('Pipeline value')
      .getByText(/^Weighted: /)
      .waitFor();
  }, 90_000);

  it('edits and then deletes my own note on the timeline', async () => {
    type Entry = { kind: string; text?: string; deletedAt?: string };
    const notes = async () =>
      (
        await h.apiGet<{ items: Entry[] }>(SELLER, `/opportunities/${opportunityId}/timeline`)
      ).items.filter((e) => e.kind === 'note' && !e.deletedAt);
    await seller.goto(`${h.tabUrl}/#/opportunities/${opportunityId}`);
    const timeline = seller.getByRole('region', { name: 'Timeline' });
    await timeline.getByLabel('Write a note').fill('Call back on Monday');
    await timeline.getByRole('button', { name: 'Add note' }).click();
    await timeline.getByText('Call back on Monday', { exact: true }).waitFor({ timeout: 15_000 });

    await timeline.getByRole('button', { name: 'Edit note' }).click();
    const editor = seller.getByRole('dialog', { name: 'Edit note' });
    await editor.getByLabel('Note').fill('Call back on Tuesday');
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.waitFor({ state: 'hidden', timeout: 15_000 });
    await timeline.getByText('Call back on Tuesday', { exact: true }).waitFor({ timeout: 15_000 });
    expect((await notes()).map((n) => n.text)).toEqual(['Call back on Tuesday']);

    await timeline.getByRole('button', { name: 'Delete note' }).click();
    const confirm = seller.getByRole('dialog', { name: 'Delete this note?' });
    await confirm.getByRole('button', { name: 'Delete note' }).click();
    await confirm.waitFor({ state: 'hidden', timeout: 15_000 });
    await timeline
      .getByText('Call back on Tuesday')
      .waitFor({ state: 'detached', timeout: 15_000 });
    expect(await notes()).toEqual([]);
  }, 90_000);

  it('copies a link to the record that opens it for a colleague in a browser', async () => {
    await seller.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(h.tabUrl).origin,
    });
    await seller.goto(`${h.tabUrl}/#/opportunities/${opportunityId}`);
    await seller.getByRole('button', { name: 'Copy link' }).click();
    await seller.getByRole('status').getByText('Link copied').waitFor({ timeout: 10_000 });
    const link = await seller.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${h.tabUrl}/#/opportunities/${opportunityId}`);

    const colleague = await h.signedIn(ADMIN);
    await colleague.goto(link);
    await colleague
      .getByRole('heading', { name: 'Overdue renewal', level: 1 })
      .waitFor({ timeout: 30_000 });
    await colleague.context().close();
  }, 120_000);

  it('shares to chat in a plain browser by copying the link, to paste in a chat', async () => {
    await seller.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(h.tabUrl).origin,
    });
    await seller.goto(`${h.tabUrl}/#/opportunities/${opportunityId}`);
    await seller.evaluate(() => navigator.clipboard.writeText(''));
    await seller.getByRole('button', { name: 'Share to chat' }).click({ timeout: 30_000 });
    await seller
      .getByRole('status')
      .getByText('Link copied: paste it into a chat')
      .waitFor({ timeout: 10_000 });
    expect(await seller.evaluate(() => navigator.clipboard.readText())).toBe(
      `${h.tabUrl}/#/opportunities/${opportunityId}`,
    );
  }, 60_000);

  it('creates a pipeline in Settings, named first', async () => {
    const name = `Renewals ${Date.now().toString(36)}`;
    const admin = await h.signedIn(ADMIN);
    await admin.goto(`${h.tabUrl}/#/settings`);
    await admin.getByRole('button', { name: 'New pipeline' }).click({ timeout: 30_000 });
    const dialog = admin.getByRole('dialog', { name: 'New pipeline' });
    await dialog.getByRole('button', { name: 'Create pipeline' }).click();
    await dialog
      .getByText(/required|at least 1|too small/i)
      .first()
      .waitFor({ timeout: 5_000 });
    await dialog.getByLabel('Pipeline name').fill(name);
    await dialog.getByRole('button', { name: 'Create pipeline' }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 15_000 });
    await expect
      .poll(() => admin.locator(`input[value="${name}"]`).count(), { timeout: 15_000 })
      .toBe(1);
    const { spaces } = await h.apiGet<{ spaces: { id: string }[] }>(ADMIN, '/me');
    const pipelines = (
      await Promise.all(
        spaces.map((s) =>
          h.apiGet<{ items: { name: string; stages: { kind: string }[] }[] }>(
            ADMIN,
            `/spaces/${s.id}/pipelines`,
          ),
        ),
      )
    ).flatMap((p) => p.items);
    expect(pipelines.find((p) => p.name === name)?.stages.map((s) => s.kind)).toEqual([
      'open',
      'open',
      'won',
      'lost',
    ]);
    await admin.context().close();
  }, 120_000);

  it('keeps My CRM, a record page and the new-pipeline dialog axe-clean in every theme', async () => {
    const found = await violationsInEveryTheme(h, ADMIN, async (page, theme, scan) => {
      for (const [view, hash] of [
        ['my', '#/my'],
        ['opportunity', `#/opportunities/${opportunityId}`],
        ['settings', '#/settings'],
      ] as const) {
        await page.goto(`${h.tabUrl}/?theme=${theme}${hash}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30_000 });
        await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, {
          timeout: 30_000,
        });
        await scan(view);
      }
      await page.getByRole('button', { name: 'New pipeline' }).click();
      await page.getByRole('dialog', { name: 'New pipeline' }).waitFor();
      await scan('new-pipeline');
    });
    expect(found).toEqual({});
  }, 300_000);
});
