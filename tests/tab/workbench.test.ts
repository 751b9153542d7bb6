import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTabHarness, type TabHarness } from '../support/tab-harness';

const SELLER = 'Élodie Martin';

type Figures = { openLeads: number; openOpportunities: number; overdueOpportunities: number };

describe('the workbench in Chromium', () => {
  let h: TabHarness;
  let seller: Page;

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
    await apiPost('/opportunities', {
      spaceId: spaces[0]!.id,
      name: 'Overdue renewal',
      expectedCloseDate: '2020-03-31',
    });
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
});
