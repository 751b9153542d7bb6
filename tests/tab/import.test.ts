import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS,
  startTabHarness,
  violationsInEveryTheme,
  type TabHarness,
} from '../support/tab-harness';

const SELLER = 'Élodie Martin';

/** Three leads, the second with an e-mail that is not one. */
const CSV = [
  'Vorname;Nachname;Firma;E-Mail',
  'Greta;Vogel;Vogel Holzbau GmbH;greta@vogel-holzbau.example',
  'Rolf;Keller;Keller AG;keller at example',
  'Ilse;Brandt;Brandt & Söhne;ilse@brandt.example',
].join('\r\n');

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: true });

describe('importing a CSV in the tab', () => {
  let h: TabHarness;

  beforeAll(async () => {
    h = await startTabHarness();
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  }, 60_000);

  it('uploads, maps, previews, runs to the end and offers the rows left out', async () => {
    const page = await h.signedIn(SELLER);
    await page
      .getByRole('navigation')
      .getByRole('link', { name: /^Import/ })
      .click();
    await page.getByRole('heading', { name: 'Import', level: 1 }).waitFor({ timeout: 30_000 });

    await page.locator('input[type=file]').setInputFiles({
      name: 'messe.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV, 'utf8'),
    });
    await page.getByRole('heading', { name: /^Columns — messe\.csv/ }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('combobox', { name: 'Field: E-Mail' }).inputValue()).toBe('email');
    // "Firma" is guessed as the company; leaving it out takes it out of the preview.
    await page.getByRole('combobox', { name: 'Field: Firma' }).selectOption({ label: 'Leave out' });
    await page
      .getByRole('table', { name: 'Preview of the first rows' })
      .getByRole('columnheader', { name: 'Company' })
      .waitFor({ state: 'detached', timeout: 15_000 });
    await page.getByRole('combobox', { name: 'Field: Firma' }).selectOption({ label: 'Company' });
    const preview = page.getByRole('table', { name: 'Preview of the first rows' });
    await preview.getByRole('cell', { name: 'Vogel Holzbau GmbH' }).waitFor({ timeout: 15_000 });
    // The bad row shows its line and the column at fault, and no values.
    const bad = preview.getByRole('row').filter({ hasText: 'E-Mail:' });
    await bad.waitFor();
    expect(await bad.getByRole('cell').first().textContent()).toBe('3');
    await shot(page, 'import-mapping');

    await page.getByRole('button', { name: 'Start import' }).click();
    await page.getByText('Import finished.').waitFor({ timeout: 30_000 });
    await page.getByText('3 rows read, 2 stored, 1 left out').first().waitFor();

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the rows left out (CSV)' }).click();
    const report = await readFile((await (await downloading).path())!, 'utf8');
    const lines = report
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Vorname;Nachname;Firma;E-Mail;Line;Reason');
    expect(lines[1]).toMatch(/^Rolf;Keller;Keller AG;keller at example;3;E-Mail: /);
    expect(lines).toHaveLength(2);
    await shot(page, 'import-finished');

    // The page can be closed: the list of imports keeps the job and its counts.
    await page.reload();
    await page.getByRole('heading', { name: 'Your imports' }).waitFor({ timeout: 30_000 });
    await page.getByText('3 rows read, 2 stored, 1 left out').first().waitFor();
  }, 180_000);

  it('is accessible in every Teams theme', async () => {
    const found = await violationsInEveryTheme(h, SELLER, async (page, theme, scan) => {
      await page.goto(`${h.tabUrl}/?theme=${theme}#/import`);
      await page.getByRole('heading', { name: 'Import', level: 1 }).waitFor({ timeout: 30_000 });
      await scan('import');
    });
    expect(found).toEqual({});
  }, 180_000);
});
