import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTabHarness, type TabHarness } from '../support/tab-harness';

/** One demo seller per language, each in a space whose deals are in the currency shown. */
const LOCALES = [
  {
    locale: 'de',
    seller: 'Lukas Schmidt',
    navigation: 'Hauptnavigation',
    leads: 'Leads',
    opportunities: 'Verkaufschancen',
    // EUR, as in "12.000 €".
    amount: /(^|\s)\d{1,3}(\.\d{3})+\s€/,
  },
  {
    // German words, Austrian formats: the euro sign goes first, as in "€ 12.000".
    locale: 'de-AT',
    seller: 'Lukas Schmidt',
    navigation: 'Hauptnavigation',
    leads: 'Leads',
    opportunities: 'Verkaufschancen',
    amount: /(^|\s)€\s\d{1,3}(\.\d{3})+/,
  },
  {
    locale: 'pl',
    seller: 'Andrei Ionescu',
    navigation: 'Nawigacja główna',
    leads: 'Leady',
    opportunities: 'Szanse sprzedaży',
    // PLN, as in "12 000 zł" (Polish leaves four digits ungrouped: "2000 zł").
    amount: /(^|\s)(\d{4}|\d{1,3}(\s\d{3})+)\szł/,
  },
  {
    locale: 'ro',
    seller: 'Ioana Popescu',
    navigation: 'Navigare principală',
    leads: 'Lead-uri',
    opportunities: 'Oportunități',
    // EUR, as in "12.000 €" or "12.000 EUR", depending on the browser's CLDR data.
    amount: /(^|\s)\d{1,3}(\.\d{3})+\s(€|EUR)/,
  },
] as const;

describe('the tab in German (Germany and Austria), Polish and Romanian', () => {
  let h: TabHarness;

  beforeAll(async () => {
    h = await startTabHarness();
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  }, 60_000);

  it.each(LOCALES)(
    'with ?locale=$locale names the navigation and writes amounts in that language',
    async ({ locale, seller, navigation, leads, opportunities, amount }) => {
      const page = await h.signedIn(seller, {
        query: `?locale=${locale}`,
        viewport: { width: 1920, height: 1000 },
      });
      const nav = page.getByRole('navigation', { name: navigation });
      expect(await nav.getByRole('link', { name: new RegExp(`^${leads}`) }).count()).toBe(1);
      await nav.getByRole('link', { name: new RegExp(`^${opportunities}`) }).click();
      await page.getByRole('heading', { name: opportunities, level: 1 }).waitFor();
      await page.getByTestId('board').waitFor({ timeout: 30_000 });
      const card = page.locator('[data-opportunity-id]').first();
      await card.waitFor({ timeout: 30_000 });
      expect(await card.innerText()).toMatch(amount);
      await page.context().close();
    },
    120_000,
  );
});
