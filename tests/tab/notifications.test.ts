import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS,
  startTabHarness,
  violationsInEveryTheme,
  type TabHarness,
} from '../support/tab-harness';

const SELLER = 'Élodie Martin';

type Settings = {
  mode: 'immediate' | 'digest';
  digestHour: number;
  timeZone: string;
  mutedRecordIds?: string[];
};
type Named = { id: string; name?: string; firstName?: string; lastName: string };

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: true });

describe('notification settings in the tab', () => {
  let h: TabHarness;
  let seller: Page;
  let opportunity: { id: string; name: string };
  let lead: { id: string; name: string };

  const settings = () => h.apiGet<Settings>(SELLER, '/me/notifications');
  const muted = async () => (await settings()).mutedRecordIds ?? [];

  const openNotifications = async (page: Page) => {
    await page
      .getByRole('navigation')
      .getByRole('link', { name: /^Notifications/ })
      .click();
    await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor({
      timeout: 30_000,
    });
  };

  beforeAll(async () => {
    h = await startTabHarness();
    const me = h.user(SELLER).id;
    const opportunities = await h.apiGet<{ items: Named[] }>(
      SELLER,
      `/opportunities?ownerId=${me}&status=open&limit=5`,
    );
    const leads = await h.apiGet<{ items: Named[] }>(SELLER, `/leads?ownerId=${me}&limit=5`);
    const d = opportunities.items[0]!;
    const l = leads.items[0]!;
    opportunity = { id: d.id, name: d.name! };
    lead = { id: l.id, name: [l.firstName, l.lastName].filter(Boolean).join(' ') };
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  }, 60_000);

  it('switches to a daily digest at 07:00 with the keyboard, and it stays after a reload', async () => {
    // The device is in Toronto, the profile says otherwise: the hour is meant where she is.
    const timeZone = 'America/Toronto';
    expect((await settings()).timeZone).not.toBe(timeZone);
    seller = await h.signedIn(SELLER, { timezoneId: timeZone });
    await openNotifications(seller);
    const immediate = seller.getByRole('radio', { name: 'Cards as things happen' });
    expect(await immediate.isChecked()).toBe(true);

    await immediate.focus();
    await seller.keyboard.press('ArrowDown');
    expect(await seller.getByRole('radio', { name: 'One daily digest' }).isChecked()).toBe(true);
    await seller.getByRole('combobox', { name: 'Digest hour' }).selectOption({ label: '07:00' });
    await seller.getByText(`One card a day at 07:00, ${timeZone}.`).first().waitFor();
    await seller.getByRole('button', { name: 'Save' }).focus();
    await seller.keyboard.press('Enter');
    await seller
      .getByRole('status')
      .getByText(`Saved. One card a day at 07:00, ${timeZone}.`)
      .waitFor({ timeout: 15_000 });
    expect(await settings()).toMatchObject({ mode: 'digest', digestHour: 7, timeZone });

    await seller.reload();
    await seller.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor({
      timeout: 30_000,
    });
    expect(await seller.getByRole('radio', { name: 'One daily digest' }).isChecked()).toBe(true);
    expect(await seller.getByRole('combobox', { name: 'Digest hour' }).inputValue()).toBe('7');
    expect(await seller.getByText(`In your time zone, ${timeZone}`).count()).toBe(1);
    await shot(seller, 'notifications');
  }, 180_000);

  it('says so in words when saving fails, and keeps the choice on screen', async () => {
    await seller.route('**/api/me/notifications', (route) =>
      route.request().method() === 'PUT' ? route.abort('connectionrefused') : route.fallback(),
    );
    await seller.getByRole('radio', { name: 'Cards as things happen' }).check();
    await seller.getByRole('button', { name: 'Save' }).click();
    await seller
      .getByRole('alert')
      .getByText('The server could not be reached.')
      .waitFor({ timeout: 15_000 });
    expect(await seller.getByRole('radio', { name: 'Cards as things happen' }).isChecked()).toBe(
      true,
    );
    expect((await settings()).mode).toBe('digest');
    await seller.unroute('**/api/me/notifications');
  }, 60_000);

  it('mutes a deal on its page; the Notifications view lists it, and Unmute there removes it', async () => {
    await seller.goto(`${h.tabUrl}/#/opportunities/${opportunity.id}`);
    await seller
      .getByRole('heading', { name: opportunity.name, level: 1 })
      .waitFor({ timeout: 30_000 });
    const mute = seller.getByRole('button', { name: 'Mute', exact: true });
    await mute.hover();
    await seller
      .getByRole('tooltip')
      .getByText('No cards about this record for you; others still get theirs.')
      .waitFor({ timeout: 5_000 });
    await mute.click();
    await seller.getByRole('button', { name: 'Unmute', exact: true }).waitFor({ timeout: 15_000 });
    expect(await muted()).toContain(opportunity.id);

    await seller.reload();
    await seller.getByRole('button', { name: 'Unmute', exact: true }).waitFor({ timeout: 30_000 });
    await seller.getByText('Muted for you').waitFor();
    await shot(seller, 'opportunity-muted');

    // The command palette reaches the view too.
    await seller.keyboard.press('Control+k');
    await seller.getByRole('combobox', { name: 'Type a command or a record name' }).fill('notif');
    await seller.keyboard.press('Enter');
    await seller
      .getByRole('heading', { name: 'Notifications', level: 1 })
      .waitFor({ timeout: 30_000 });
    const list = seller.getByRole('list', { name: 'Muted records' });
    await list.getByRole('link', { name: opportunity.name }).waitFor({ timeout: 15_000 });
    expect(await list.getByText('Opportunity', { exact: true }).count()).toBe(1);

    await list.getByRole('button', { name: `Unmute ${opportunity.name}` }).click();
    await seller.getByText('You have not muted any lead or deal.').waitFor({ timeout: 15_000 });
    expect(await muted()).not.toContain(opportunity.id);
    // Focus does not fall to the page's start when the row that had it goes away.
    expect(await seller.evaluate(() => document.activeElement?.textContent ?? '')).toBe(
      'Muted records',
    );

    await seller.goto(`${h.tabUrl}/#/opportunities/${opportunity.id}`);
    await seller.getByRole('button', { name: 'Mute', exact: true }).waitFor({ timeout: 30_000 });
  }, 180_000);

  it('mutes a lead on its page and lists it by name as a lead', async () => {
    await seller.goto(`${h.tabUrl}/#/leads/${lead.id}`);
    await seller.getByRole('heading', { name: lead.name, level: 1 }).waitFor({ timeout: 30_000 });
    await seller.getByRole('button', { name: 'Mute', exact: true }).click();
    await seller.getByRole('button', { name: 'Unmute', exact: true }).waitFor({ timeout: 15_000 });
    expect(await muted()).toContain(lead.id);

    await openNotifications(seller);
    const list = seller.getByRole('list', { name: 'Muted records' });
    await list.getByRole('link', { name: lead.name }).waitFor({ timeout: 15_000 });
    expect(await list.getByText('Lead', { exact: true }).count()).toBe(1);
  }, 120_000);

  it('shows the view in French with ?locale=fr', async () => {
    const page = await h.signedIn(SELLER, { query: '?locale=fr' });
    await page.goto(`${h.tabUrl}/?locale=fr#/notifications`);
    await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor({
      timeout: 30_000,
    });
    expect(await page.getByRole('radio', { name: 'Un résumé quotidien' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: `Réactiver ${lead.name}` }).waitFor({ timeout: 15_000 });
    await page.context().close();
  }, 120_000);

  it('has no serious or critical axe violation on the Notifications view, in every theme', async () => {
    const found = await violationsInEveryTheme(h, SELLER, async (page, theme, scan) => {
      await page.goto(`${h.tabUrl}/?theme=${theme}#/notifications`);
      await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor({
        timeout: 30_000,
      });
      // The muted lead's row is loaded, so the scan sees the list with its Unmute button.
      await page.getByRole('button', { name: `Unmute ${lead.name}` }).waitFor({ timeout: 15_000 });
      await shot(page, `notifications-${theme}`);
      await scan('notifications');
    });
    expect(found).toEqual({});
  }, 300_000);
});
