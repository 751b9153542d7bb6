import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS } from '../support/demo-data';
import { seriousViolations, startTabHarness, type TabHarness } from '../support/tab-harness';

const SELLER = 'Élodie Martin';
/** A seller of another space: what he creates, Élodie may not see. */
const OTHER_SELLER = 'Lukas Schmidt';
const spaceId = (name: string) => DEMO_TENANTS[0]!.spaces.find((s) => s.name === name)!.id;
const france = spaceId('Ventes France');
const dach = spaceId('DACH Enterprise');

describe('the new-contact and new-account dialogs warn of possible duplicates', () => {
  let h: TabHarness;
  let seller: Page;

  beforeAll(async () => {
    h = await startTabHarness();
    seller = await h.signedIn(SELLER);
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  });

  it('names a contact the seller may see and opens it; another space’s is only counted', async () => {
    const visible = await h.apiSend<{ id: string }>(SELLER, 'POST', '/contacts', {
      spaceIds: [france],
      firstName: 'Margaux',
      lastName: 'Perrin',
      email: 'margaux.perrin@ateliers-perrin.fr',
    });
    await h.apiSend<{ id: string }>(OTHER_SELLER, 'POST', '/contacts', {
      spaceIds: [dach],
      lastName: 'Vogel',
      email: 'h.vogel@vogel-maschinen.de',
    });

    await seller.goto(`${h.tabUrl}/#/contacts?new=1`);
    const dialog = seller.getByRole('dialog', { name: 'New contact' });
    const email = dialog.getByRole('textbox', { name: 'E-mail' });
    await email.fill('H.Vogel@Vogel-Maschinen.de');
    await dialog.getByText('Possible duplicate').waitFor({ timeout: 30_000 });
    await dialog
      .getByText('1 similar record you cannot see; its owner will be told.')
      .waitFor({ timeout: 30_000 });
    expect(await dialog.getByRole('button', { name: 'Open existing' }).count()).toBe(0);

    await email.fill('Margaux.Perrin@ateliers-perrin.fr');
    await dialog.getByText('Margaux Perrin').waitFor({ timeout: 30_000 });
    expect(await dialog.getByText('similar record you cannot see').count()).toBe(0);
    expect(await seriousViolations(seller)).toEqual([]);
    await dialog.getByRole('button', { name: 'Open existing' }).click();
    await seller.waitForFunction((id) => location.hash === `#/contacts/${id}`, visible.id, {
      timeout: 30_000,
    });
    await seller.getByRole('heading', { level: 1, name: 'Margaux Perrin' }).waitFor();
  }, 120_000);

  it('warns while an account is typed, by its website', async () => {
    const visible = await h.apiSend<{ id: string }>(SELLER, 'POST', '/accounts', {
      spaceIds: [france],
      name: 'Scierie Fontaine',
      website: 'https://www.scierie-fontaine.fr',
    });
    await h.apiSend<{ id: string }>(OTHER_SELLER, 'POST', '/accounts', {
      spaceIds: [dach],
      name: 'Holzbau Keller GmbH',
      website: 'https://holzbau-keller.de',
    });

    await seller.goto(`${h.tabUrl}/#/accounts?new=1`);
    const dialog = seller.getByRole('dialog', { name: 'New account' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Neue Firma');
    const website = dialog.getByRole('textbox', { name: 'Website' });
    await website.fill('http://holzbau-keller.de/kontakt');
    await dialog
      .getByText('1 similar record you cannot see; its owner will be told.')
      .waitFor({ timeout: 30_000 });
    expect(await dialog.getByRole('button', { name: 'Open existing' }).count()).toBe(0);

    await website.fill('https://scierie-fontaine.fr');
    await dialog.getByText('Scierie Fontaine').waitFor({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Open existing' }).click();
    await seller.waitForFunction((id) => location.hash === `#/accounts/${id}`, visible.id, {
      timeout: 30_000,
    });
  }, 120_000);

  it('says nothing while the draft matches no record', async () => {
    await seller.goto(`${h.tabUrl}/#/contacts?new=1`);
    const dialog = seller.getByRole('dialog', { name: 'New contact' });
    await dialog.getByRole('textbox', { name: 'E-mail' }).fill('nobody.yet@example.org');
    // The check runs once typing settles; its answer (no match) leaves the dialog as it was.
    await seller.waitForResponse((r) => r.url().endsWith('/duplicates/check'), {
      timeout: 30_000,
    });
    expect(await dialog.getByText('Possible duplicate').count()).toBe(0);
  }, 60_000);
});
