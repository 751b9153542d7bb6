import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { DEMO_TENANTS } from '../support/demo-data';
import { startTabHarness, type TabHarness } from '../support/tab-harness';

const SELLER = 'Élodie Martin';
const france = DEMO_TENANTS[0]!.spaces.find((s) => s.name === 'Ventes France')!.id;

type Versioned = { id: string; version: number };

describe('merged contacts and accounts, seen in the tab', () => {
  let h: TabHarness;
  let seller: Page;

  const opensSurvivor = async (route: string, mergedId: string, survivorId: string) => {
    await seller.goto(`${h.tabUrl}/#/${route}/${mergedId}`);
    await seller.waitForFunction((hash) => location.hash === hash, `#/${route}/${survivorId}`, {
      timeout: 30_000,
    });
  };

  beforeAll(async () => {
    h = await startTabHarness();
    seller = await h.signedIn(SELLER);
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  });

  it("a merged contact's old link opens the survivor, whose timeline tells of the merge", async () => {
    const spaceIds = [france];
    const survivor = await h.apiSend<Versioned>(SELLER, 'POST', '/contacts', {
      lastName: 'Girard',
      email: 'ines@girard.fr',
      spaceIds,
    });
    const merged = await h.apiSend<Versioned>(SELLER, 'POST', '/contacts', {
      firstName: 'Inès',
      lastName: 'Girard',
      spaceIds,
    });
    await h.apiSend(
      SELLER,
      'POST',
      `/contacts/${survivor.id}/merge`,
      { mergedId: merged.id },
      survivor.version,
    );

    await opensSurvivor('contacts', merged.id, survivor.id);
    await seller.getByRole('heading', { level: 1, name: 'Inès Girard' }).waitFor();
    await seller.getByText('merged another contact into this one').waitFor({ timeout: 30_000 });
  }, 120_000);

  it("a merged account's old link opens the survivor, with the merged account's people", async () => {
    const spaceIds = [france];
    const survivor = await h.apiSend<Versioned>(SELLER, 'POST', '/accounts', {
      name: 'Boulangerie Petit SAS',
      spaceIds,
    });
    const merged = await h.apiSend<Versioned>(SELLER, 'POST', '/accounts', {
      name: 'Boulangerie Petit',
      spaceIds,
    });
    await h.apiSend(SELLER, 'POST', '/contacts', {
      lastName: 'Petit',
      accountId: merged.id,
      spaceIds,
    });
    await h.apiSend(
      SELLER,
      'POST',
      `/accounts/${survivor.id}/merge`,
      { mergedId: merged.id, values: { name: 'survivor' } },
      survivor.version,
    );

    await opensSurvivor('accounts', merged.id, survivor.id);
    await seller.getByRole('link', { name: 'Petit' }).waitFor({ timeout: 30_000 });
  }, 120_000);
});
