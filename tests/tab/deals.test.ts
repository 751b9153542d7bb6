import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, startTabHarness, type TabHarness } from '../support/tab-harness';

const SELLER = 'Élodie Martin';
const DEAL = `Deal-${Date.now().toString(36)}`;

type Deal = {
  id: string;
  name: string;
  ownerId: string;
  spaceId: string;
  accountIds: string[];
  primaryAccountId?: string;
  contactId?: string;
  tags: string[];
  version: number;
};
type Named = { id: string; name?: string; firstName?: string; lastName?: string };

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: true });

/** Types the start of the first offered name into the picker, then picks that name. */
async function pickByTyping(page: Page, label: string): Promise<string> {
  const box = page.getByRole('dialog').getByRole('combobox', { name: label });
  await box.click();
  const first = page.getByRole('option').first();
  await first.waitFor({ timeout: 15_000 });
  await expect
    .poll(async () => first.getAttribute('aria-disabled'), { timeout: 15_000 })
    .toBe(null);
  const name = (await first.textContent())!.trim();
  await box.fill(name.slice(0, 4));
  await page.getByRole('option', { name, exact: true }).click({ timeout: 15_000 });
  return name;
}

describe('deals in the tab', () => {
  let h: TabHarness;
  let seller: Page;
  let deal: Deal;

  const dealByName = async (name: string) =>
    (
      await h.apiGet<{ items: Deal[] }>(
        SELLER,
        `/opportunities?text=${encodeURIComponent(name)}&limit=10`,
      )
    ).items.find((d) => d.name === name);

  beforeAll(async () => {
    h = await startTabHarness();
    seller = await h.signedIn(SELLER, { viewport: { width: 1600, height: 1000 } });
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  }, 60_000);

  it('creates a deal from the board, choosing an existing account and contact, then the next one', async () => {
    await seller.goto(`${h.tabUrl}/#/opportunities`);
    await seller.getByTestId('board').waitFor({ timeout: 30_000 });
    await seller.getByRole('button', { name: 'New opportunity' }).click();
    const dialog = seller.getByRole('dialog', { name: 'New opportunity' });
    await dialog.getByLabel('Name').fill(DEAL);
    const accountName = await pickByTyping(seller, 'Account');
    const contactName = await pickByTyping(seller, 'Contact');
    await shot(seller, 'new-deal-dialog');
    await dialog.getByRole('button', { name: 'Save and new' }).click();
    await dialog.getByText(`Created “${DEAL}”. Enter the next one.`).waitFor({ timeout: 15_000 });
    expect(await dialog.getByLabel('Name').inputValue()).toBe('');
    expect(await dialog.getByRole('combobox', { name: 'Account' }).inputValue()).toBe('');

    await dialog.getByLabel('Name').fill(`${DEAL} next`);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 15_000 });

    deal = (await dealByName(DEAL))!;
    const account = await h.apiGet<Named>(SELLER, `/accounts/${deal.primaryAccountId}`);
    const contact = await h.apiGet<Named>(SELLER, `/contacts/${deal.contactId}`);
    expect(account.name).toBe(accountName);
    expect([contact.firstName, contact.lastName].filter(Boolean).join(' ')).toBe(contactName);
    expect((await dealByName(`${DEAL} next`))?.accountIds).toEqual([]);
  }, 120_000);

  it('links another account on the deal page and stars it as primary', async () => {
    await seller.goto(`${h.tabUrl}/#/opportunities/${deal.id}`);
    const panel = seller.getByRole('region', { name: 'Accounts' });
    await panel.getByRole('combobox', { name: 'Link an account' }).click();
    const other = panel.page().getByRole('option').nth(1);
    await other.waitFor({ timeout: 15_000 });
    const name = (await other.textContent())!.trim();
    await other.click();
    await panel.getByRole('button', { name: 'Link', exact: true }).click();
    const star = panel.getByRole('button', { name: `Make ${name} the primary account` });
    await star.click({ timeout: 15_000 });
    await panel
      .getByRole('button', { name: 'Primary account', pressed: true })
      .and(panel.locator('li', { hasText: name }).getByRole('button', { pressed: true }))
      .waitFor({ timeout: 15_000 });
    await shot(seller, 'deal-accounts');
    const saved = await h.apiGet<Deal>(SELLER, `/opportunities/${deal.id}`);
    expect(saved.accountIds).toHaveLength(2);
    const primary = await h.apiGet<Named>(SELLER, `/accounts/${saved.primaryAccountId}`);
    expect(primary.name).toBe(name);
    deal = saved;
  }, 90_000);
});
