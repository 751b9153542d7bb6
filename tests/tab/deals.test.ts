import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS,
  startTabHarness,
  violationsInEveryTheme,
  type TabHarness,
} from '../support/tab-harness';

const SELLER = 'Élodie Martin';
const MANAGER = 'Jonas Becker';
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
  const first = page.getByRole('listbox').getByRole('option').first();
  await first.waitFor({ timeout: 15_000 });
  await expect
    .poll(async () => first.getAttribute('aria-disabled'), { timeout: 15_000 })
    .toBe(null);
  const name = (await first.textContent())!.trim();
  await box.fill(name.slice(0, 4));
  await page.getByRole('option', { name, exact: true }).click({ timeout: 15_000 });
  return name;
}

/**
 * Types a name no record has into the picker, creates that record from its offer (`path` is
 * where the API creates it) and waits until the picker holds it.
 */
async function createInline(page: Page, label: string, name: string, path: string) {
  const box = page.getByRole('dialog').getByRole('combobox', { name: label });
  await box.fill(name);
  const created = page.waitForResponse(
    (r) => r.request().method() === 'POST' && new URL(r.url()).pathname.endsWith(path),
  );
  await page.getByRole('option', { name: `Create “${name}”` }).click({ timeout: 15_000 });
  expect((await created).status()).toBe(201);
  await expect.poll(() => box.getAttribute('aria-busy'), { timeout: 15_000 }).toBe(null);
  expect(await box.inputValue()).toBe(name);
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

  it('creates a deal from the list with a new account and a new contact, both made inline', async () => {
    const stamp = Date.now().toString(36);
    const name = `${DEAL} inline`;
    const accountName = `Inline Works ${stamp}`;
    const contactName = `Ines Inline${stamp}`;
    await seller.goto(`${h.tabUrl}/#/opportunities/list`);
    await seller.getByRole('button', { name: 'New opportunity' }).click({ timeout: 30_000 });
    const dialog = seller.getByRole('dialog', { name: 'New opportunity' });
    await dialog.getByLabel('Name').fill(name);
    await createInline(seller, 'Account', accountName, '/accounts');
    await createInline(seller, 'Contact', contactName, '/contacts');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 15_000 });

    const created = (await dealByName(name))!;
    await seller.goto(`${h.tabUrl}/#/opportunities/${created.id}`);
    await seller
      .getByRole('region', { name: 'Accounts' })
      .getByRole('link', { name: accountName })
      .waitFor({ timeout: 30_000 });
    await seller
      .getByRole('region', { name: 'Roles' })
      .getByRole('link', { name: contactName })
      .waitFor({ timeout: 15_000 });
    await shot(seller, 'deal-made-inline');
    const account = await h.apiGet<Named>(SELLER, `/accounts/${created.primaryAccountId}`);
    const contact = await h.apiGet<Named & { accountId?: string }>(
      SELLER,
      `/contacts/${created.contactId}`,
    );
    expect(account.name).toBe(accountName);
    expect(contact).toMatchObject({ firstName: 'Ines', lastName: `Inline${stamp}` });
    expect(contact.accountId).toBe(account.id);
  }, 120_000);

  it('links another account on the deal page and stars it as primary', async () => {
    await seller.goto(`${h.tabUrl}/#/opportunities/${deal.id}`);
    const panel = seller.getByRole('region', { name: 'Accounts' });
    await panel.getByRole('combobox', { name: 'Link an account' }).click();
    const other = seller.getByRole('listbox').getByRole('option').nth(1);
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

  it('hands a deal to a colleague; the new owner gets a card', async () => {
    const next = (await dealByName(`${DEAL} next`))!;
    await seller.goto(`${h.tabUrl}/#/opportunities/${next.id}`);
    const panel = seller.getByRole('region', { name: 'Owner and co-owners' });
    await panel.getByRole('combobox', { name: 'New owner' }).click();
    const first = seller.getByRole('listbox').getByRole('option').first();
    await first.waitFor({ timeout: 15_000 });
    const name = (await first.textContent())!.trim();
    await panel.getByRole('combobox', { name: 'New owner' }).fill(name.slice(0, 3));
    await seller.getByRole('option', { name, exact: true }).click();
    await panel.getByRole('button', { name: 'Change owner' }).click();
    await panel.getByText(`Owner: ${name}`).waitFor({ timeout: 15_000 });
    const colleague = h.user(name);
    expect((await h.apiGet<Deal>(SELLER, `/opportunities/${next.id}`)).ownerId).toBe(colleague.id);
    type Sent = { activity: { summary?: string } };
    const cardsFor = async (userId: string) =>
      (await (
        await fetch(`${h.app.urls.outbox}?userId=${encodeURIComponent(userId)}`)
      ).json()) as Sent[];
    await expect
      .poll(
        async () =>
          (await cardsFor(colleague.id)).some(
            (card) =>
              card.activity.summary === `${SELLER} gave this deal to you` &&
              JSON.stringify(card).includes(next.id),
          ),
        { timeout: 30_000 },
      )
      .toBe(true);
  }, 90_000);

  it('copies a deal, moves the copy to another space, then deletes it for good', async () => {
    const manager = await h.signedIn(MANAGER);
    const actions = async () => {
      await manager.getByRole('button', { name: 'More actions' }).click();
      return manager.getByRole('menu');
    };
    await manager.goto(`${h.tabUrl}/#/opportunities/${deal.id}`);
    await manager.getByRole('heading', { name: DEAL, level: 1 }).waitFor({ timeout: 30_000 });
    // The seller who owns it is not a member of DACH: the move is refused and says who.
    await (await actions()).getByRole('menuitem', { name: 'Move to another space…' }).click();
    const refused = manager.getByRole('dialog', { name: 'Move this deal to another space' });
    await refused.getByLabel('Space').selectOption({ label: 'DACH Enterprise' });
    await refused.getByRole('button', { name: 'Move', exact: true }).click();
    await refused
      .getByText(`The change was refused: ${SELLER} is not a member of this record’s space.`)
      .waitFor({ timeout: 15_000 });
    await refused.getByRole('button', { name: 'Cancel' }).click();
    expect((await h.apiGet<Deal>(MANAGER, `/opportunities/${deal.id}`)).spaceId).toBe(deal.spaceId);

    await (await actions()).getByRole('menuitem', { name: 'Copy…' }).click();
    const copying = manager.getByRole('dialog', { name: 'Copy this deal' });
    await copying.getByText(`tags of “${DEAL}”`, { exact: false }).waitFor();
    await copying.getByRole('button', { name: 'Copy', exact: true }).click();
    await manager
      .getByRole('heading', { name: `${DEAL} (copy)`, level: 1 })
      .waitFor({ timeout: 15_000 });
    const copyId = manager.url().split('/').pop()!;
    expect(copyId).not.toBe(deal.id);
    const copy = await h.apiGet<Deal>(MANAGER, `/opportunities/${copyId}`);
    expect([copy.ownerId, copy.accountIds]).toEqual([h.user(MANAGER).id, deal.accountIds]);

    await (await actions()).getByRole('menuitem', { name: 'Move to another space…' }).click();
    const moving = manager.getByRole('dialog', { name: 'Move this deal to another space' });
    await moving.getByText(`leaves Ventes France`, { exact: false }).waitFor();
    await moving.getByLabel('Space').selectOption({ label: 'DACH Enterprise' });
    await moving.getByRole('button', { name: 'Move', exact: true }).click();
    await moving.waitFor({ state: 'hidden', timeout: 15_000 });
    const moved = await h.apiGet<Deal>(MANAGER, `/opportunities/${copyId}`);
    expect(moved.spaceId).not.toBe(copy.spaceId);

    await (await actions()).getByRole('menuitem', { name: 'Delete for good…' }).click();
    const deleting = manager.getByRole('dialog', { name: 'Delete this deal for good' });
    const names = await Promise.all(
      deal.accountIds.map(async (id) => (await h.apiGet<Named>(MANAGER, `/accounts/${id}`)).name!),
    );
    for (const name of [`“${DEAL} (copy)”`, ...names])
      await deleting.getByText(name, { exact: false }).waitFor({ timeout: 15_000 });
    await shot(manager, 'delete-deal');
    await deleting.getByRole('button', { name: 'Delete for good' }).click();
    await manager.getByTestId('board').waitFor({ timeout: 30_000 });
    await expect(h.apiGet(MANAGER, `/opportunities/${copyId}`)).rejects.toThrow(/404/);
    expect((await h.apiGet<Deal>(SELLER, `/opportunities/${deal.id}`)).name).toBe(DEAL);
    await manager.context().close();
  }, 150_000);

  it('tags the deal; the tag wears the same colour on the page and on its board card', async () => {
    await seller.goto(`${h.tabUrl}/#/opportunities/${deal.id}`);
    const panel = seller.getByRole('region', { name: 'Tags' });
    await panel.getByLabel('Add a tag').fill('renewal');
    await panel.getByRole('button', { name: 'Add', exact: true }).click();
    const chip = panel.getByRole('listitem').filter({ hasText: 'renewal' });
    await chip.waitFor({ timeout: 15_000 });
    const colour = await chip.getAttribute('data-tag-colour');
    expect((await h.apiGet<Deal>(SELLER, `/opportunities/${deal.id}`)).tags).toEqual(['renewal']);

    await seller.goto(`${h.tabUrl}/#/opportunities`);
    const card = seller.locator(`[data-opportunity-id="${deal.id}"]`);
    const onCard = card.getByRole('listitem').filter({ hasText: 'renewal' });
    await onCard.waitFor({ timeout: 30_000 });
    expect(await onCard.getAttribute('data-tag-colour')).toBe(colour);
    await shot(seller, 'board-tags');
  }, 90_000);

  it('keeps the deal page, the new-deal dialog and the confirmations axe-clean in every theme', async () => {
    const found = await violationsInEveryTheme(h, MANAGER, async (page, theme, scan) => {
      await page.goto(`${h.tabUrl}/?theme=${theme}#/opportunities/${deal.id}`);
      await page.getByRole('region', { name: 'Accounts' }).getByRole('listitem').first().waitFor({
        timeout: 30_000,
      });
      await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, {
        timeout: 30_000,
      });
      await shot(page, `deal-page-${theme}`);
      await scan('deal-page');
      for (const [item, title] of [
        ['Copy…', 'Copy this deal'],
        ['Move to another space…', 'Move this deal to another space'],
        ['Delete for good…', 'Delete this deal for good'],
      ] as const) {
        await page.getByRole('button', { name: 'More actions' }).click();
        await page.getByRole('menuitem', { name: item }).click();
        const dialog = page.getByRole('dialog', { name: title });
        await dialog.waitFor();
        await scan(title);
        await dialog.getByRole('button', { name: 'Cancel' }).click();
        await dialog.waitFor({ state: 'hidden' });
      }
      await page.goto(`${h.tabUrl}/?theme=${theme}#/opportunities`);
      await page.getByRole('button', { name: 'New opportunity' }).click();
      const dialog = page.getByRole('dialog', { name: 'New opportunity' });
      await dialog.getByRole('combobox', { name: 'Account' }).click();
      await page.getByRole('listbox').getByRole('option').first().waitFor();
      await scan('new-deal');
    });
    expect(found).toEqual({});
  }, 400_000);
});
