import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS,
  startTabHarness,
  violationsInEveryTheme,
  type TabHarness,
} from '../support/tab-harness';

const ADMIN = 'Claire Dubois';
// Members of both demo spaces of the admin, whichever one the tab opens on.
const TEAM = ['Ioana Popescu', 'Jonas Becker'];

type Lead = { id: string; ownerId?: string; priority?: string };

describe('lead routing in Settings', () => {
  let h: TabHarness;
  let spaceId: string;

  const api = async <T>(method: string, path: string, body: unknown, ifMatch?: number) => {
    const response = await fetch(`${h.apiUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await h.token(ADMIN)}`,
        'content-type': 'application/json',
        ...(ifMatch === undefined ? {} : { 'if-match': `"${ifMatch}"` }),
      },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
    return (await response.json()) as T;
  };

  const openRouting = async (page: Page, query = '') => {
    await page.goto(`${h.tabUrl}/${query}#/settings`);
    await page
      .getByRole('tab', { name: /^(Lead routing|Attribution des pistes)$/ })
      .click({ timeout: 30_000 });
    await page.getByRole('heading', { name: 'Assignment rules' }).waitFor({ timeout: 30_000 });
  };

  beforeAll(async () => {
    h = await startTabHarness();
    spaceId = (await h.firstBoard(ADMIN)).space.id;
    await api(
      'PUT',
      `/spaces/${spaceId}/sales-teams`,
      {
        teams: [
          {
            id: crypto.randomUUID(),
            name: 'Inbound desk',
            members: TEAM.map((name) => ({ userId: h.user(name).id, weight: 1 })),
          },
        ],
      },
      1,
    );
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  }, 60_000);

  it('builds a rule, dry-runs it, saves it, and an inbound lead lands with a team member', async () => {
    const admin = await h.signedIn(ADMIN);
    await openRouting(admin);
    await admin.getByRole('button', { name: 'Add rule' }).click();
    await admin.getByLabel('Rule name').fill('Hot leads');
    await admin.getByRole('button', { name: 'Add condition' }).click();
    await admin.getByLabel('Condition', { exact: true }).selectOption('tag');
    const values = admin.getByLabel('Values, separated by commas');
    await values.fill('hot');
    await values.blur();
    await admin.getByLabel('Assign to').selectOption('team');
    await admin.getByLabel('Set priority').selectOption('high');

    await admin.getByRole('button', { name: 'Dry run' }).click();
    const dryRun = admin.getByRole('table', {
      name: 'Where the last leads would go under these rules, next to where they went',
    });
    await dryRun.waitFor({ timeout: 30_000 });
    expect(await dryRun.getByRole('row').count()).toBeGreaterThan(1);
    await admin.screenshot({ path: `${ARTIFACTS}/lead-routing.png`, fullPage: true });

    await admin.getByRole('button', { name: 'Save' }).last().click();
    await admin.getByRole('status').getByText('Saved').waitFor({ timeout: 30_000 });
    const saved = await h.apiGet<{ rules: { name: string }[] }>(
      ADMIN,
      `/spaces/${spaceId}/assignment-rules`,
    );
    expect(saved.rules.map((r) => r.name)).toEqual(['Hot leads']);

    const key = await api<{ token: string }>('POST', `/spaces/${spaceId}/api-keys`, {
      name: 'Routing in the tab',
    });
    const sent = await fetch(`${h.apiUrl}/inbound/spaces/${spaceId}/leads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ externalId: 'tab-route-1', lastName: 'Landed', tags: ['hot'] }),
    });
    const { leadId } = (await sent.json()) as { leadId: string };
    const lead = await h.apiGet<Lead>(ADMIN, `/leads/${leadId}`);
    const owner = TEAM.find((name) => h.user(name).id === lead.ownerId);
    expect(owner).toBeDefined();
    expect(lead.priority).toBe('high');

    const seller = await h.signedIn(owner!);
    await seller.goto(`${h.tabUrl}/#/leads/${leadId}`);
    await seller.getByRole('heading', { name: 'Landed' }).waitFor({ timeout: 30_000 });
    await seller.getByText(/^(High|Haute)$/).waitFor({ timeout: 30_000 });
    await admin.context().close();
    await seller.context().close();
  }, 240_000);

  it('has no serious or critical axe violation in the routing settings, in every theme', async () => {
    const found = await violationsInEveryTheme(h, ADMIN, async (admin, theme, scan) => {
      await openRouting(admin, `?theme=${theme}`);
      await admin.getByRole('heading', { name: 'Sales teams' }).waitFor({ timeout: 30_000 });
      await scan('lead routing');
    });
    expect(found).toEqual({});
  }, 300_000);
});
