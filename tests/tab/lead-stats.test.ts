import type { LeadStats } from '@channel-crm/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS,
  startTabHarness,
  violationsInEveryTheme,
  type TabHarness,
} from '../support/tab-harness';

const SELLER = 'Élodie Martin';
const DAY_MS = 86_400_000;
const isoDate = (at: number) => new Date(at).toISOString().slice(0, 10);

describe('the lead statistics page', () => {
  let h: TabHarness;

  beforeAll(async () => {
    h = await startTabHarness();
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  }, 60_000);

  const statsBetween = (spaceId: string, from: string, to: string) =>
    h.apiGet<LeadStats>(SELLER, `/spaces/${spaceId}/lead-stats?from=${from}&to=${to}`);
  const statsOver = async (spaceId: string, days: number) => {
    const now = Date.now();
    return statsBetween(spaceId, isoDate(now - (days - 1) * DAY_MS), isoDate(now));
  };

  /** The "All leads" row of the conversions by source: leads, qualified, rate. */
  const allLeadsRow = (page: Page) =>
    page
      .getByRole('table', { name: 'Conversions by source' })
      .getByRole('row', { name: /All leads/ });

  it("shows the server's conversions for the chosen period, statistics, intraday and split control", async () => {
    const { space } = await h.firstBoard(SELLER);
    const seller = await h.signedIn(SELLER);
    await seller.goto(`${h.tabUrl}/#/leads`);
    await seller.getByRole('button', { name: 'Statistics' }).click({ timeout: 30_000 });
    await seller.getByRole('heading', { name: 'Lead statistics' }).waitFor({ timeout: 30_000 });

    const month = await statsOver(space.id, 30);
    expect(month.conversions.all.total).toBeGreaterThan(0);
    await expect
      .poll(() => allLeadsRow(seller).innerText(), { timeout: 30_000 })
      .toMatch(
        new RegExp(
          `All leads\\s+${month.conversions.all.total}\\s+${month.conversions.all.qualified}`,
        ),
      );
    const statistics = seller.getByRole('table', { name: 'Leads by status and source' });
    await expect
      .poll(() => statistics.getByRole('row', { name: /^Total/ }).innerText())
      .toMatch(new RegExp(`${month.statistics.total}$`));
    const hours = seller.getByRole('table', { name: 'Arrivals today by hour' }).getByRole('row');
    expect(await hours.count()).toBe(25);

    // The period picker is a plain select: the keyboard reaches and changes it.
    const period = seller.getByLabel('Period');
    await period.focus();
    await period.selectOption({ label: 'Last 7 days' });
    const week = await statsOver(space.id, 7);
    await expect
      .poll(async () => {
        if (week.conversions.all.total === 0)
          return seller.getByText('No leads arrived in this period.').isVisible();
        return /All leads/.test(await allLeadsRow(seller).innerText());
      })
      .toBe(true);
    // Dates of one's own: the figures are the server's for exactly those dates.
    await period.selectOption({ label: 'Chosen dates' });
    const from = isoDate(Date.now() - 59 * DAY_MS);
    const to = isoDate(Date.now() - DAY_MS);
    await seller.getByLabel('From').fill(from);
    await seller.getByLabel('To', { exact: true }).fill(to);
    const chosen = await statsBetween(space.id, from, to);
    await expect
      .poll(async () => {
        if (chosen.conversions.all.total === 0)
          return seller.getByText('No leads arrived in this period.').isVisible();
        return new RegExp(
          `All leads\\s+${chosen.conversions.all.total}\\s+${chosen.conversions.all.qualified}`,
        ).test(await allLeadsRow(seller).innerText());
      })
      .toBe(true);
    await seller
      .getByText('No lead is split between co-owners yet.')
      .or(seller.getByRole('table', { name: 'Split control' }))
      .waitFor();
    await seller.screenshot({ path: `${ARTIFACTS}/lead-stats.png`, fullPage: true });
  }, 180_000);

  it('has no serious or critical axe violation, in every theme', async () => {
    const found = await violationsInEveryTheme(h, SELLER, async (seller, theme, scan) => {
      await seller.goto(`${h.tabUrl}/?theme=${theme}#/leads/stats`);
      await seller
        .getByRole('table', { name: 'Arrivals today by hour' })
        .waitFor({ timeout: 30_000 });
      await scan('lead statistics');
    });
    expect(found).toEqual({});
  }, 300_000);
});
