import {
  localDateOf,
  type Opportunity,
  type Pipeline,
  type RecordActivities,
} from '@channel-crm/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTabHarness, violationsInEveryTheme, type TabHarness } from '../support/tab-harness';

const SELLER = 'Élodie Martin';
const ADMIN = 'Claire Dubois';

type Me = { spaces: { id: string }[] };

describe('activities on a deal and its board card', () => {
  let h: TabHarness;
  let seller: Page;
  let deal: Opportunity;

  const activitiesOfDeal = () =>
    h.apiGet<RecordActivities>(SELLER, `/opportunities/${deal.id}/activities`);
  /** A fresh load: what the API wrote behind the tab's back shows at once. */
  const openDeal = async (page: Page) => {
    await page.goto('about:blank');
    await page.goto(`${h.tabUrl}/#/opportunities/${deal.id}`);
    await page.getByRole('heading', { level: 1, name: deal.name }).waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, {
      timeout: 30_000,
    });
  };
  const activities = (page: Page) => page.getByRole('region', { name: 'Activities' });
  const card = (page: Page) => page.locator(`[data-opportunity-id="${deal.id}"]`);

  beforeAll(async () => {
    h = await startTabHarness();
    const { space, pipeline } = await h.firstBoard(SELLER);
    deal = await h.apiSend<Opportunity>(SELLER, 'POST', '/opportunities', {
      spaceId: space.id,
      pipelineId: pipeline.id,
      stageId: pipeline.stages[0]!.id,
      name: 'Activities deal',
    });
    seller = await h.signedIn(SELLER, { viewport: { width: 1600, height: 1000 } });
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  }, 60_000);

  it('logs a call in one step and shows it under done', async () => {
    await openDeal(seller);
    await activities(seller).getByRole('button', { name: 'Log an activity' }).click();
    const dialog = seller.getByRole('dialog', { name: 'Log an activity' });
    expect(await dialog.getByRole('combobox', { name: 'Type' }).inputValue()).toBe('call');
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Called about the renewal');
    await dialog.getByRole('button', { name: 'Log', exact: true }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 15_000 });

    const done = activities(seller).getByRole('list', { name: 'Done' });
    const item = done.getByRole('listitem').filter({ hasText: 'Called about the renewal' });
    await item.waitFor({ timeout: 15_000 });
    await expect.poll(() => item.innerText()).toContain('Logged a call');
    const saved = await activitiesOfDeal();
    expect(saved.planned).toEqual([]);
    expect(saved.done.map((a) => ('title' in a ? [a.title, a.state] : []))).toEqual([
      ['Called about the renewal', 'done'],
    ]);
  }, 90_000);

  it('shows the latest done activities first, and earlier ones on asking', async () => {
    for (let day = 1; day <= 20; day += 1)
      await h.apiSend(SELLER, 'POST', '/activities', {
        recordType: 'opportunity',
        recordId: deal.id,
        typeId: 'email',
        title: `Sent e-mail ${day}`,
        dueAt: new Date(Date.UTC(2026, 0, day, 9)).toISOString(),
        done: true,
      });
    await openDeal(seller);
    const done = activities(seller).getByRole('list', { name: 'Done' }).getByRole('listitem');
    await expect.poll(() => done.count(), { timeout: 15_000 }).toBe(20);
    expect(await done.first().innerText()).toContain('Sent e-mail 20');
    await activities(seller).getByRole('button', { name: 'Show earlier ones' }).click();
    await expect.poll(() => done.count(), { timeout: 15_000 }).toBe(21);
    expect(
      await activities(seller).getByRole('button', { name: 'Show earlier ones' }).count(),
    ).toBe(0);
  }, 90_000);

  it('quick-adds a task: the API’s 400 shows at the field, then the task is planned', async () => {
    await openDeal(seller);
    await activities(seller).getByRole('button', { name: 'Plan an activity' }).click();
    const dialog = seller.getByRole('dialog', { name: 'Plan an activity' });
    await dialog.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Offer' });
    await dialog.getByRole('button', { name: 'Plan', exact: true }).click();
    const title = dialog.getByRole('textbox', { name: 'Title' });
    await expect.poll(() => title.getAttribute('aria-invalid'), { timeout: 15_000 }).toBe('true');
    expect(await activitiesOfDeal()).toMatchObject({ planned: [] });

    await title.fill('Send the offer');
    await dialog.getByLabel('Date').fill('2099-06-15');
    await dialog.getByLabel('Time').fill('10:30');
    await dialog.getByRole('button', { name: 'Plan', exact: true }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 15_000 });

    const planned = activities(seller).getByRole('list', { name: 'Planned' });
    await planned.getByRole('listitem').filter({ hasText: 'Send the offer' }).waitFor();
    const [task] = (await activitiesOfDeal()).planned;
    expect(task).toMatchObject({ title: 'Send the offer', typeId: 'offer', state: 'planned' });
    expect(new Date((task as { dueAt: string }).dueAt).getFullYear()).toBe(2099);
    await expect
      .poll(() => activities(seller).locator('[data-counters]').innerText())
      .toMatch(/0 overdue\s+0 due today/);
  }, 90_000);

  it('shows the next activity on the board card, red with a cue when overdue, until it is done', async () => {
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();
    await h.apiSend(SELLER, 'POST', '/activities', {
      recordType: 'opportunity',
      recordId: deal.id,
      typeId: 'call',
      title: 'Call back the buyer',
      dueAt: yesterday,
    });

    await seller.goto(`${h.tabUrl}/#/opportunities`);
    const next = card(seller).locator('[data-next-activity]');
    await next.waitFor({ timeout: 30_000 });
    expect(await next.innerText()).toContain('Call back the buyer');
    expect(await next.getAttribute('data-overdue')).toBe('true');
    expect(await next.textContent()).toContain('Overdue');
    const colour = await next.evaluate((e) => getComputedStyle(e).color);
    const normal = await card(seller)
      .getByText('Activities deal')
      .evaluate((e) => getComputedStyle(e).color);
    expect(colour).not.toBe(normal);

    await openDeal(seller);
    await expect
      .poll(() => activities(seller).locator('[data-counters]').innerText())
      .toMatch(/1 overdue/);
    const overdueItem = activities(seller)
      .getByRole('list', { name: 'Planned' })
      .getByRole('listitem')
      .filter({ hasText: 'Call back the buyer' });
    expect(await overdueItem.innerText()).toContain('Overdue');
    await seller.getByRole('button', { name: 'Complete Call back the buyer' }).click();
    await activities(seller)
      .getByRole('list', { name: 'Done' })
      .getByRole('listitem')
      .filter({ hasText: 'Call back the buyer' })
      .waitFor({ timeout: 15_000 });

    await seller.goto(`${h.tabUrl}/#/opportunities`);
    await expect.poll(() => next.innerText(), { timeout: 30_000 }).toContain('Send the offer');
    expect(await next.getAttribute('data-overdue')).toBeNull();
  }, 120_000);

  it('reschedules and deletes a planned activity after confirming', async () => {
    await openDeal(seller);
    await seller.getByRole('button', { name: 'More actions for Send the offer' }).click();
    await seller.getByRole('menuitem', { name: 'Reschedule' }).click();
    const dialog = seller.getByRole('dialog', { name: 'Reschedule “Send the offer”' });
    await dialog.getByLabel('Date').fill('2099-07-01');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 15_000 });
    await expect
      .poll(async () => (await activitiesOfDeal()).planned.map((a) => a.dueAt.slice(0, 7)))
      .toEqual(['2099-07']);

    await seller.getByRole('button', { name: 'More actions for Send the offer' }).click();
    await seller.getByRole('menuitem', { name: 'Delete' }).click();
    const confirm = seller.getByRole('dialog', { name: 'Delete this activity?' });
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await confirm.waitFor({ state: 'hidden', timeout: 15_000 });
    expect((await activitiesOfDeal()).planned).toEqual([]);
    await activities(seller).getByText('Nothing planned.').waitFor();
  }, 90_000);

  it('applies a template to a deal, completes its first task, accepts the suggestion, wins the deal and sees the post-sale tasks', async () => {
    const me = await h.apiGet<Me>(SELLER, '/me');
    const spaceId = me.spaces[0]!.id;
    const onboarding = await h.apiSend<{ id: string }>(ADMIN, 'POST', '/task-templates', {
      name: 'Onboarding',
      steps: [
        { typeId: 'call', title: 'Kick-off call', delayDays: 0, time: '10:00' },
        { typeId: 'email', title: 'Send the handbook', delayDays: 3 },
      ],
    });
    const loyalty = await h.apiSend<{ id: string }>(ADMIN, 'POST', '/task-templates', {
      name: 'Loyalty',
      steps: [{ typeId: 'call', title: 'Loyalty check-in', delayDays: 20 }],
    });
    expect(onboarding.id).not.toBe(loyalty.id);
    const settings = await h.apiGet<{ version: number }>(ADMIN, '/task-settings');
    await h.apiSend(
      ADMIN,
      'PUT',
      '/task-settings/suggestion-rules',
      { rules: [{ afterTypeId: 'call', suggestTypeId: 'offer', delayDays: 2 }] },
      settings.version,
    );
    const pipeline = await h.apiSend<Pipeline>(ADMIN, 'POST', `/spaces/${spaceId}/pipelines`, {
      name: 'Key accounts',
      stages: [
        { name: 'Open', probability: 10, kind: 'open' },
        { name: 'Won', probability: 100, kind: 'won' },
        { name: 'Lost', probability: 0, kind: 'lost' },
      ],
      postSale: { won: [loyalty.id] },
    });
    deal = await h.apiSend<Opportunity>(SELLER, 'POST', '/opportunities', {
      spaceId,
      pipelineId: pipeline.id,
      name: 'Onboarding deal',
    });

    await openDeal(seller);
    await activities(seller).getByRole('button', { name: 'Apply a template' }).click();
    const dialog = seller.getByRole('dialog', { name: 'Apply a template' });
    await dialog.getByRole('combobox', { name: 'Template' }).selectOption({ label: 'Onboarding' });
    const preview = dialog.getByRole('list', { name: 'Tasks it plans' });
    await expect
      .poll(() => preview.getByRole('listitem').allInnerTexts())
      .toEqual([
        expect.stringContaining('Kick-off call'),
        expect.stringContaining('Send the handbook'),
      ]);
    await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 15_000 });
    const planned = activities(seller).getByRole('list', { name: 'Planned' }).getByRole('listitem');
    await expect
      .poll(() => planned.allInnerTexts(), { timeout: 15_000 })
      .toEqual([
        expect.stringContaining('Kick-off call'),
        expect.stringContaining('Send the handbook'),
      ]);

    await seller.getByRole('button', { name: 'Complete Kick-off call' }).click();
    const suggestion = activities(seller).locator('[data-suggestion]');
    await suggestion.waitFor({ timeout: 15_000 });
    expect(await suggestion.innerText()).toContain('Suggested next: Offer');
    await suggestion.getByRole('button', { name: 'Accept' }).click();
    await suggestion.waitFor({ state: 'hidden', timeout: 15_000 });
    await planned.filter({ hasText: 'Offer' }).waitFor({ timeout: 15_000 });

    await seller
      .getByRole('list', { name: 'Stage path' })
      .getByRole('button', { name: 'Won' })
      .click();
    const won = seller.getByRole('dialog', { name: 'Mark this deal won' });
    await won.getByRole('textbox', { name: 'Reason' }).fill('Signed');
    await won.getByRole('button', { name: 'Confirm' }).click();
    await won.waitFor({ state: 'hidden', timeout: 15_000 });
    await planned.filter({ hasText: 'Loyalty check-in' }).waitFor({ timeout: 15_000 });
    const titles = (await activitiesOfDeal()).planned.map((a) => ('title' in a ? a.title : ''));
    expect(titles.sort()).toEqual(['Loyalty check-in', 'Offer', 'Send the handbook']);
  }, 150_000);

  it('adds a related task by picking one planned on another deal: it moves to this deal', async () => {
    const newDeal = (name: string) =>
      h.apiSend<Opportunity>(SELLER, 'POST', '/opportunities', {
        spaceId: deal.spaceId,
        pipelineId: deal.pipelineId,
        stageId: deal.stageId,
        name,
      });
    const [other, here] = [await newDeal('Pilot elsewhere'), await newDeal('Pilot here')];
    const task = await h.apiSend<{ id: string }>(SELLER, 'POST', '/activities', {
      recordType: 'opportunity',
      recordId: other.id,
      typeId: 'call',
      title: 'Call back about the pilot',
      dueAt: '2099-07-01T09:00:00.000Z',
    });
    await seller.goto('about:blank');
    await seller.goto(`${h.tabUrl}/#/opportunities/${here.id}`);
    await seller.getByRole('heading', { level: 1, name: here.name }).waitFor({ timeout: 30_000 });

    await activities(seller).getByRole('button', { name: 'Add a related task' }).click();
    await seller.getByRole('menuitem', { name: 'Pick an existing task' }).click();
    const dialog = seller.getByRole('dialog', { name: 'Pick an existing task' });
    await dialog.getByRole('searchbox', { name: 'Search my tasks by title' }).fill('pilot');
    await dialog.getByRole('radio', { name: /Call back about the pilot/ }).check();
    await dialog.getByRole('button', { name: 'Relate it here' }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 15_000 });

    await activities(seller)
      .getByRole('list', { name: 'Planned' })
      .getByRole('listitem')
      .filter({ hasText: 'Call back about the pilot' })
      .waitFor({ timeout: 15_000 });
    const plannedOn = async (id: string) =>
      (await h.apiGet<RecordActivities>(SELLER, `/opportunities/${id}/activities`)).planned.map(
        (a) => a.id,
      );
    expect(await plannedOn(here.id)).toEqual([task.id]);
    expect(await plannedOn(other.id)).toEqual([]);
  }, 120_000);

  it('keeps the activities, the quick-add, the template and the pick-a-task dialogs axe-clean in every theme', async () => {
    const found = await violationsInEveryTheme(h, SELLER, async (page, theme, scan) => {
      await page.goto(`${h.tabUrl}/?theme=${theme}#/opportunities/${deal.id}`);
      await activities(page)
        .getByRole('list', { name: 'Done' })
        .getByRole('listitem')
        .first()
        .waitFor({
          timeout: 30_000,
        });
      await scan('record-activities');
      await activities(page).getByRole('button', { name: 'Plan an activity' }).click();
      await page.getByRole('dialog', { name: 'Plan an activity' }).waitFor();
      await scan('quick-add');
      await page.keyboard.press('Escape');
      await page.getByRole('dialog', { name: 'Plan an activity' }).waitFor({ state: 'hidden' });
      await activities(page).getByRole('button', { name: 'Apply a template' }).click();
      await page
        .getByRole('dialog', { name: 'Apply a template' })
        .getByRole('list', { name: 'Tasks it plans' })
        .waitFor();
      await scan('apply-template');
      await page.keyboard.press('Escape');
      await page.getByRole('dialog', { name: 'Apply a template' }).waitFor({ state: 'hidden' });
      await activities(page).getByRole('button', { name: 'Add a related task' }).click();
      await page.getByRole('menuitem', { name: 'Pick an existing task' }).click();
      await page
        .getByRole('dialog', { name: 'Pick an existing task' })
        .getByRole('radio')
        .first()
        .waitFor();
      await scan('pick-task');
    });
    expect(found).toEqual({});
  }, 400_000);

  it("colours all-day tasks by the seller's own day, in a browser whose day began later", async () => {
    // The seller's profile and the browser are 25 hours apart (UTC+14 and UTC-11, neither with
    // summer time), the browser's day begun after the profile's (Kiritimati's begins at 10:00
    // UTC, Pago Pago's at 11:00): today's all-day task of the profile's day is due today, which
    // the browser's own day would call overdue.
    const justBegun = new Date().getUTCHours() === 10;
    const profile = justBegun ? 'Pacific/Pago_Pago' : 'Pacific/Kiritimati';
    const device = justBegun ? 'Pacific/Kiritimati' : 'Pacific/Pago_Pago';
    await h.apiSend(SELLER, 'PUT', '/me/notifications', {
      mode: 'immediate',
      digestHour: 8,
      timeZone: profile,
    });
    const allDay = (title: string, dueAt: Date) =>
      h.apiSend<{ id: string }>(SELLER, 'POST', '/activities', {
        recordType: 'opportunity',
        recordId: deal.id,
        typeId: 'call',
        title,
        dueAt: dueAt.toISOString(),
        allDay: true,
      });
    const today = await allDay('All-day follow-up', new Date());
    const yesterday = await allDay('Yesterday’s follow-up', new Date(Date.now() - 86_400_000));

    const elsewhere = await h.signedIn(SELLER, {
      viewport: { width: 1600, height: 1000 },
      timezoneId: device,
    });
    await openDeal(elsewhere);
    const item = (id: string) => activities(elsewhere).locator(`li[data-activity-id="${id}"]`);
    await item(today.id).waitFor({ timeout: 30_000 });
    expect(await item(today.id).getAttribute('data-overdue')).toBeNull();
    expect(await item(yesterday.id).getAttribute('data-overdue')).toBe('true');
  }, 120_000);
  it("marks a deal's close date overdue by the seller's own day, not by UTC's", async () => {
    // A profile zone whose date is not UTC's now: Kiritimati's is a day ahead from 10:00 UTC,
    // Pago Pago's a day behind until 11:00 UTC.
    const now = new Date().toISOString();
    const timeZone = now.slice(11, 13) >= '10' ? 'Pacific/Kiritimati' : 'Pacific/Pago_Pago';
    await h.apiSend(SELLER, 'PUT', '/me/notifications', {
      mode: 'immediate',
      digestHour: 8,
      timeZone,
    });
    const sellersToday = localDateOf(now, timeZone);
    const utcToday = now.slice(0, 10);
    // Ahead: UTC's today is the seller's yesterday, overdue. Behind: the seller's today is
    // UTC's yesterday, not overdue yet.
    const expectedCloseDate = sellersToday < utcToday ? sellersToday : utcToday;
    const { space } = await h.firstBoard(SELLER);
    const closing = await h.apiSend<Opportunity>(SELLER, 'POST', '/opportunities', {
      spaceId: space.id,
      name: 'Closing by the seller’s day',
      expectedCloseDate,
    });

    await seller.goto('about:blank');
    await seller.goto(`${h.tabUrl}/#/opportunities`);
    const closeDate = seller.locator(`[data-opportunity-id="${closing.id}"] [data-close-date]`);
    await closeDate.waitFor({ timeout: 30_000 });
    expect(await closeDate.getAttribute('data-overdue')).toBe(
      expectedCloseDate < sellersToday ? 'true' : null,
    );
  }, 90_000);
});
