import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS,
  startTabHarness,
  violationsInEveryTheme,
  type TabHarness,
} from '../support/tab-harness';

const ADMIN = 'Claire Dubois';

type Template = {
  id: string;
  name: string;
  steps: { typeId: string; title: string; delayDays: number; time?: string }[];
};
type Pipeline = { id: string; name: string; postSale?: { won: string[]; lost: string[] } };

describe('task templates in Settings', () => {
  let h: TabHarness;

  const openTasks = async (page: Page, query = '') => {
    await page.goto(`${h.tabUrl}/${query}#/settings`);
    await page.getByRole('tab', { name: 'Task templates' }).click({ timeout: 30_000 });
  };

  beforeAll(async () => {
    h = await startTabHarness();
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  }, 60_000);

  it('an admin creates a template with the keyboard, then picks it for won deals in the pipeline editor', async () => {
    const admin = await h.signedIn(ADMIN);
    await openTasks(admin);
    await admin.getByText('No task templates yet.').waitFor({ timeout: 30_000 });
    await admin.getByRole('button', { name: 'New template' }).click();
    await admin.getByLabel('Template name').fill('Customer onboarding');
    await admin.getByLabel('Task', { exact: true }).fill('Kick-off call');
    await admin.getByRole('button', { name: 'Add task' }).click();
    const secondTitle = admin.getByLabel('Task', { exact: true }).nth(1);
    await secondTitle.fill('Check-in');
    // From the title the keyboard reaches the delay and the time of the same task.
    await secondTitle.press('Tab');
    await admin.keyboard.press('Control+A');
    await admin.keyboard.type('5');
    await admin.keyboard.press('Tab');
    await admin.getByLabel('Time (empty: all day)').nth(1).fill('10:30');
    await admin.getByRole('button', { name: 'Create template' }).focus();
    await admin.keyboard.press('Enter');
    await admin
      .getByRole('button', { name: 'Delete Customer onboarding' })
      .waitFor({ timeout: 30_000 });
    const { items } = await h.apiGet<{ items: Template[] }>(ADMIN, '/task-templates');
    expect(items.map(({ name, steps }) => ({ name, steps }))).toEqual([
      {
        name: 'Customer onboarding',
        steps: [
          { typeId: 'email', title: 'Kick-off call', delayDays: 0 },
          { typeId: 'email', title: 'Check-in', delayDays: 5, time: '10:30' },
        ],
      },
    ]);
    await admin.screenshot({ path: `${ARTIFACTS}/task-templates.png`, fullPage: true });

    await admin.getByRole('tab', { name: 'Pipelines and stages' }).click();
    const won = admin.getByRole('group', { name: 'Task templates when a deal is won' }).first();
    await won.getByRole('checkbox', { name: 'Customer onboarding' }).check({ timeout: 30_000 });
    await admin.getByRole('button', { name: 'Save' }).first().click();
    await expect
      .poll(
        async () => {
          const { items: spaces } = await h.apiGet<{ items: { id: string }[] }>(ADMIN, '/spaces');
          const pipelines = await Promise.all(
            spaces.map(
              async (space) =>
                (await h.apiGet<{ items: Pipeline[] }>(ADMIN, `/spaces/${space.id}/pipelines`))
                  .items,
            ),
          );
          return pipelines.flat().flatMap((p) => p.postSale?.won ?? []);
        },
        { timeout: 30_000 },
      )
      .toEqual([items[0]!.id]);
    await admin.context().close();
  }, 180_000);

  it('has no serious or critical axe violation in the Tasks section, in every theme', async () => {
    const found = await violationsInEveryTheme(h, ADMIN, async (admin, theme, scan) => {
      await openTasks(admin, `?theme=${theme}`);
      await admin.getByRole('heading', { name: 'Suggestions' }).waitFor({ timeout: 30_000 });
      await scan('task settings');
    });
    expect(found).toEqual({});
  }, 300_000);
});
