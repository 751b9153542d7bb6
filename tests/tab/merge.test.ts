import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { DEMO_TENANTS } from '../support/demo-data';
import { startTabHarness, type TabHarness } from '../support/tab-harness';

const SELLER = 'Élodie Martin';
const france = DEMO_TENANTS[0]!.spaces.find((s) => s.name === 'Ventes France')!.id;

type Lead = { id: string; version: number; lastName: string };

describe('merging two leads, seen in the tab', () => {
  let h: TabHarness;
  let seller: Page;

  beforeAll(async () => {
    h = await startTabHarness();
    seller = await h.signedIn(SELLER);
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  });

  it('the old link opens the survivor, whose timeline has both histories', async () => {
    const survivor = await h.apiSend<Lead>(SELLER, 'POST', '/leads', {
      spaceId: france,
      lastName: 'Fontaine',
      email: 'luc@fontaine-bois.fr',
    });
    const merged = await h.apiSend<Lead>(SELLER, 'POST', '/leads', {
      spaceId: france,
      firstName: 'Luc',
      lastName: 'Fontaine',
      phone: '+33 6 98 76 54 32',
    });
    await h.apiSend(SELLER, 'POST', `/leads/${survivor.id}/notes`, { text: 'Visited the sawmill' });
    await h.apiSend(SELLER, 'POST', `/leads/${merged.id}/notes`, { text: 'Asked for a quote' });
    await h.apiSend(
      SELLER,
      'POST',
      `/leads/${survivor.id}/merge`,
      { mergedId: merged.id },
      survivor.version,
    );

    await seller.goto(`${h.tabUrl}/#/leads/${merged.id}`);
    await seller.waitForFunction((id) => location.hash === `#/leads/${id}`, survivor.id, {
      timeout: 30_000,
    });
    await seller.getByRole('heading', { level: 1, name: 'Luc Fontaine' }).waitFor();
    await seller.getByText('Visited the sawmill').waitFor({ timeout: 30_000 });
    await seller.getByText('Asked for a quote').waitFor({ timeout: 30_000 });
  }, 120_000);
});
