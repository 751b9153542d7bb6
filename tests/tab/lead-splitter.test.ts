import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS,
  startTabHarness,
  violationsInEveryTheme,
  type TabHarness,
} from '../support/tab-harness';

const ADMIN = 'Claire Dubois';
const TAG = 'salon-lyon-2026';

type Filters = { version: number; filters: { id: string; name: string }[] };
type Lead = { id: string; version: number; shares?: { userId: string; share: number }[] };

describe('lead splitter filters in Settings', () => {
  let h: TabHarness;

  const openSplitter = async (page: Page, query = '') => {
    await page.goto(`${h.tabUrl}/${query}#/settings`);
    await page.getByRole('tab', { name: 'Lead splitter' }).click({ timeout: 30_000 });
  };

  /** The space the Settings page showed: the one whose filters the panel saved. */
  const spaceWithFilters = async () => {
    const { items } = await h.apiGet<{ items: { id: string }[] }>(ADMIN, '/spaces');
    for (const space of items) {
      const saved = await h.apiGet<Filters>(ADMIN, `/spaces/${space.id}/splitter-filters`);
      if (saved.filters.length > 0) return { spaceId: space.id, filter: saved.filters[0]! };
    }
    throw new Error('No space has a splitter filter');
  };

  beforeAll(async () => {
    h = await startTabHarness();
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  }, 60_000);

  it('an admin creates a filter, executes it, and sees the unprocessed lead with its reason', async () => {
    const admin = await h.signedIn(ADMIN);
    await openSplitter(admin);
    await admin.getByText('No filters yet.').waitFor({ timeout: 30_000 });
    await admin.getByRole('button', { name: 'New filter' }).click();
    await admin.getByLabel('Filter name').fill('Salon Lyon');
    await admin.getByLabel('Value').fill(TAG);
    for (let i = 0; i < 3; i += 1)
      await admin.getByRole('button', { name: 'Add co-owner' }).click();
    await admin.getByText('The shares add up to 0%; they must add up to exactly 100 %.').waitFor();
    // The keyboard reaches and works the panel's buttons.
    await admin.getByRole('button', { name: 'Split evenly' }).focus();
    await admin.keyboard.press('Enter');
    await admin.getByText('Total: 100%').waitFor();
    expect(
      await admin
        .getByLabel('Share (%)')
        .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value)),
    ).toEqual(['33.34', '33.33', '33.33']);
    await admin.getByRole('button', { name: 'Save filters' }).focus();
    await admin.keyboard.press('Space');
    await admin.getByRole('button', { name: 'Execute: Salon Lyon' }).waitFor({ timeout: 30_000 });

    const { spaceId } = await spaceWithFilters();
    const open = await h.apiSend<Lead>(ADMIN, 'POST', '/leads', {
      spaceId,
      lastName: 'Garnier',
      tags: [TAG],
    });
    const closed = await h.apiSend<Lead>(ADMIN, 'POST', '/leads', {
      spaceId,
      lastName: 'Roux',
      tags: [TAG],
    });
    await h.apiSend(
      ADMIN,
      'POST',
      `/leads/${closed.id}/disqualify`,
      { reason: 'No budget' },
      closed.version,
    );

    await admin.getByRole('button', { name: 'Execute: Salon Lyon' }).click();
    await admin.getByText('Split: 1 · unchanged: 0 · unprocessed: 1').waitFor({ timeout: 60_000 });
    const unprocessed = admin.getByRole('table', { name: 'Unprocessed leads' });
    await unprocessed.getByRole('link', { name: 'Roux' }).waitFor();
    await unprocessed
      .getByText('This lead is already qualified or disqualified, so it was left as it was.')
      .waitFor();
    await admin.screenshot({ path: `${ARTIFACTS}/lead-splitter.png`, fullPage: true });

    const split = await h.apiGet<Lead>(ADMIN, `/leads/${open.id}`);
    expect(split.shares?.map((s) => s.share)).toEqual([3334, 3333, 3333]);
    await admin.goto(`${h.tabUrl}/#/leads/${open.id}`);
    const shares = admin.getByRole('list', { name: 'Co-owners and shares' });
    await shares.getByText(/33\.34%$/).waitFor({ timeout: 30_000 });
    expect(await shares.getByRole('listitem').count()).toBe(3);
    // The timeline tells who split it, and names each share.
    await admin.getByText(/split the lead among co-owners/).waitFor({ timeout: 30_000 });
    await admin.getByText(/Claire Dubois 33\.34%/).waitFor();

    // The split control view: one split lead for each co-owner, with their share and the totals.
    const members = await h.apiGet<{ items: { id: string; name: string }[] }>(
      ADMIN,
      `/spaces/${spaceId}/members`,
    );
    const nameOf = (userId: string) => members.items.find((m) => m.id === userId)?.name;
    await admin.goto(`${h.tabUrl}/#/leads/stats`);
    const control = admin.getByRole('table', { name: 'Split control' });
    const shown = async () => {
      const rows = await control
        .getByRole('row')
        .evaluateAll((all) =>
          all.map((row) => Array.from(row.querySelectorAll('td'), (cell) => cell.innerText.trim())),
        );
      return { coOwners: rows.slice(1, -1).sort(), total: rows.at(-1) };
    };
    await control.waitFor({ timeout: 30_000 });
    await expect.poll(shown, { timeout: 30_000 }).toEqual({
      coOwners: split.shares!.map((s) => [nameOf(s.userId), '1', '33%']).sort(),
      total: ['Total', '1', '100%'],
    });
    await admin.context().close();
  }, 240_000);

  it('has no serious or critical axe violation in the Lead splitter section, in every theme', async () => {
    const found = await violationsInEveryTheme(h, ADMIN, async (admin, theme, scan) => {
      await openSplitter(admin, `?theme=${theme}`);
      await admin.getByRole('table', { name: 'Unprocessed leads' }).waitFor({ timeout: 30_000 });
      await scan('lead splitter');
    });
    expect(found).toEqual({});
  }, 300_000);
});
