import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS } from '../support/demo-data';
import {
  ARTIFACTS,
  startTabHarness,
  violationsInEveryTheme,
  type TabHarness,
} from '../support/tab-harness';

const SELLER = 'Élodie Martin';
const france = DEMO_TENANTS[0]!.spaces.find((s) => s.name === 'Ventes France')!.id;

type Lead = { id: string; version: number; possibleDuplicate?: { ids: string[] } };

describe('the duplicates view in the tab', () => {
  let h: TabHarness;
  let seller: Page;

  /** Two leads of the seller's space with the same e-mail: the second is flagged. */
  const flaggedPair = async (first: object, second: object) => {
    const existing = await h.apiSend<Lead>(SELLER, 'POST', '/leads', { spaceId: france, ...first });
    const flagged = await h.apiSend<Lead>(SELLER, 'POST', '/leads', { spaceId: france, ...second });
    expect(flagged.possibleDuplicate?.ids).toEqual([existing.id]);
    return { existing, flagged };
  };

  const openDuplicates = async (page: Page) => {
    await page
      .getByRole('navigation')
      .getByRole('link', { name: /^Duplicates/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Duplicates' }).waitFor({ timeout: 30_000 });
  };

  beforeAll(async () => {
    h = await startTabHarness();
    seller = await h.signedIn(SELLER);
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  }, 60_000);

  it('merges a pair with a value chosen from the other record; the old link opens the survivor', async () => {
    const { existing, flagged } = await flaggedPair(
      { lastName: 'Lambert', company: 'Lambert Menuiserie', email: 'paul@lambert-bois.example' },
      {
        firstName: 'Paul',
        lastName: 'Lambert',
        company: 'Menuiserie Lambert SARL',
        email: 'Paul@Lambert-Bois.example',
      },
    );
    await h.apiSend(SELLER, 'POST', `/leads/${existing.id}/notes`, {
      text: 'Met at the timber fair',
    });
    await h.apiSend(SELLER, 'POST', `/leads/${flagged.id}/notes`, { text: 'Wants oak samples' });

    await openDuplicates(seller);
    const card = seller.getByRole('region', { name: 'Paul Lambert and Lambert' });
    await card.waitFor({ timeout: 30_000 });
    // The existing lead survives by default; its blank first name takes the other's.
    expect(
      await card
        .getByRole('radiogroup', { name: 'First name' })
        .getByRole('radio', { name: 'Paul' })
        .isChecked(),
    ).toBe(true);
    const company = card.getByRole('radiogroup', { name: 'Company' });
    expect(await company.getByRole('radio', { name: 'Lambert Menuiserie' }).isChecked()).toBe(true);
    await company.getByRole('radio', { name: 'Menuiserie Lambert SARL' }).check();
    await seller.screenshot({ path: `${ARTIFACTS}/duplicates-pair.png`, fullPage: true });

    await card.getByRole('button', { name: 'Merge' }).click();
    const confirm = seller.getByRole('alertdialog', { name: 'Merge these records?' });
    await confirm.getByRole('button', { name: 'Merge' }).click();
    await seller.getByText('Merged into Paul Lambert.').waitFor({ timeout: 30_000 });
    await card.waitFor({ state: 'detached', timeout: 30_000 });

    await seller.goto(`${h.tabUrl}/#/leads/${flagged.id}`);
    await seller.waitForFunction((id) => location.hash === `#/leads/${id}`, existing.id, {
      timeout: 30_000,
    });
    await seller.getByRole('heading', { level: 1, name: 'Paul Lambert' }).waitFor();
    await seller.getByText('Menuiserie Lambert SARL').first().waitFor({ timeout: 30_000 });
    await seller.getByText('Met at the timber fair').waitFor({ timeout: 30_000 });
    await seller.getByText('Wants oak samples').waitFor({ timeout: 30_000 });
  }, 180_000);

  it('merges two accounts chosen from the type picker, keeping the other one’s website', async () => {
    const spaceIds = [france];
    const existing = await h.apiSend<Lead>(SELLER, 'POST', '/accounts', {
      name: 'Scierie Dubois',
      email: 'contact@scierie-dubois.example',
      spaceIds,
    });
    const flagged = await h.apiSend<Lead>(SELLER, 'POST', '/accounts', {
      name: 'Scierie Dubois SARL',
      website: 'https://www.scierie-dubois.example',
      email: 'contact@scierie-dubois.example',
      spaceIds,
    });
    expect(flagged.possibleDuplicate?.ids).toEqual([existing.id]);

    await openDuplicates(seller);
    await seller.getByRole('combobox', { name: 'Record type' }).selectOption('account');
    const card = seller.getByRole('region', { name: 'Scierie Dubois SARL and Scierie Dubois' });
    await card.waitFor({ timeout: 30_000 });
    await card
      .getByRole('radiogroup', { name: 'Name' })
      .getByRole('radio', { name: 'Scierie Dubois SARL' })
      .check();
    await card.getByRole('button', { name: 'Merge' }).click();
    await seller
      .getByRole('alertdialog', { name: 'Merge these records?' })
      .getByRole('button', { name: 'Merge' })
      .click();
    await card.waitFor({ state: 'detached', timeout: 30_000 });

    await seller.goto(`${h.tabUrl}/#/accounts/${flagged.id}`);
    await seller.waitForFunction((id) => location.hash === `#/accounts/${id}`, existing.id, {
      timeout: 30_000,
    });
    await seller.getByRole('heading', { level: 1, name: 'Scierie Dubois SARL' }).waitFor();
    await seller.getByText('www.scierie-dubois.example').first().waitFor({ timeout: 30_000 });
  }, 180_000);

  it('"Not a duplicate" takes the pair off the page, also after a reload', async () => {
    await flaggedPair(
      { lastName: 'Girard', email: 'anne@girard-conseil.example' },
      { firstName: 'Anne', lastName: 'Girard', email: 'anne@girard-conseil.example' },
    );
    await openDuplicates(seller);
    const card = seller.getByRole('region', { name: 'Anne Girard and Girard' });
    await card.waitFor({ timeout: 30_000 });
    await card.getByRole('button', { name: 'Not a duplicate' }).click();
    await card.waitFor({ state: 'detached', timeout: 30_000 });
    await seller.reload();
    await seller
      .getByRole('heading', { level: 1, name: 'Duplicates' })
      .waitFor({ timeout: 30_000 });
    await seller.getByRole('status').filter({ hasText: 'No possible duplicates' }).waitFor();
  }, 120_000);

  it('is accessible in every Teams theme', async () => {
    await flaggedPair(
      { lastName: 'Mercier', phone: '+33 6 55 44 33 22', email: 'luc@mercier-transports.example' },
      { firstName: 'Luc', lastName: 'Mercier', email: 'luc@mercier-transports.example' },
    );
    const found = await violationsInEveryTheme(h, SELLER, async (page, theme, scan) => {
      await page.goto(`${h.tabUrl}/?theme=${theme}#/duplicates`);
      await page
        .getByRole('region', { name: 'Luc Mercier and Mercier' })
        .waitFor({ timeout: 30_000 });
      await scan('duplicates');
      await page
        .getByRole('region', { name: 'Luc Mercier and Mercier' })
        .getByRole('button', { name: 'Merge' })
        .click();
      await page.getByRole('alertdialog').waitFor();
      await scan('duplicates-confirm');
      await page.keyboard.press('Escape');
    });
    expect(found).toEqual({});
  }, 240_000);
});
