import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTabHarness, violationsInEveryTheme, type TabHarness } from '../support/tab-harness';

const SELLER = 'Élodie Martin';

type Me = { user: { outOfOffice?: boolean } };

describe('the out-of-office switch in My CRM', () => {
  let h: TabHarness;

  beforeAll(async () => {
    h = await startTabHarness();
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  }, 60_000);

  it('a seller switches herself out with the keyboard, and it is still on after a reload', async () => {
    const seller = await h.signedIn(SELLER);
    await seller.goto(`${h.tabUrl}/#/my`);
    const availability = seller.getByRole('region', { name: 'My availability' });
    const outOfOffice = availability.getByRole('switch', { name: 'Out of office' });
    await outOfOffice.waitFor({ timeout: 30_000 });
    expect(await outOfOffice.isChecked()).toBe(false);

    await outOfOffice.focus();
    await seller.keyboard.press('Space');
    await availability.getByText('You are marked as out of office.').waitFor({ timeout: 15_000 });
    expect((await h.apiGet<Me>(SELLER, '/me')).user.outOfOffice).toBe(true);

    await seller.reload();
    await outOfOffice.waitFor({ timeout: 30_000 });
    expect(await outOfOffice.isChecked()).toBe(true);

    // A save that cannot reach the server says so and leaves the switch as it was saved.
    await seller.route('**/me/out-of-office', (route) => route.abort());
    await outOfOffice.click();
    await availability.getByText('The server could not be reached.').waitFor({ timeout: 30_000 });
    expect(await outOfOffice.isChecked()).toBe(true);
    await seller.unroute('**/me/out-of-office');

    await outOfOffice.click();
    await availability
      .getByText('You are back: new leads can come to you again.')
      .waitFor({ timeout: 15_000 });
    expect((await h.apiGet<Me>(SELLER, '/me')).user.outOfOffice).toBe(false);
    await seller.context().close();
  }, 180_000);

  it('has no serious or critical axe violation around the switch, in every theme', async () => {
    const found = await violationsInEveryTheme(h, SELLER, async (page, theme, scan) => {
      await page.goto(`${h.tabUrl}/?theme=${theme}#/my`);
      await page.getByRole('switch', { name: 'Out of office' }).waitFor({ timeout: 30_000 });
      await scan('my-out-of-office');
    });
    expect(found).toEqual({});
  }, 300_000);
});
