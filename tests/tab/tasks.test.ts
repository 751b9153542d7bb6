import type { ActivityView, Opportunity, SharedActivity } from '@channel-crm/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTabHarness, violationsInEveryTheme, type TabHarness } from '../support/tab-harness';

const SELLER = 'Élodie Martin';
/** Shares free/busy only: the seller sees his slots, never their titles. */
const BUSY_COLLEAGUE = 'Jonas Becker';
/** Shares read-only. */
const READ_COLLEAGUE = 'Claire Dubois';
/** A zone without summer time for each UTC offset (hours) it may need to take. */
const ZONE_AT_OFFSET: Record<number, string> = {
  [-11]: 'Pacific/Pago_Pago',
  [-10]: 'Pacific/Honolulu',
  [-9]: 'Pacific/Gambier',
  [-8]: 'Pacific/Pitcairn',
  [-7]: 'America/Phoenix',
  [-6]: 'America/Regina',
  [-5]: 'America/Bogota',
  [-4]: 'America/La_Paz',
  [-3]: 'America/Sao_Paulo',
  [-2]: 'America/Noronha',
  [-1]: 'Atlantic/Cape_Verde',
  0: 'Africa/Abidjan',
  1: 'Africa/Lagos',
  2: 'Africa/Johannesburg',
  3: 'Africa/Nairobi',
  4: 'Asia/Dubai',
  5: 'Asia/Tashkent',
  6: 'Asia/Dhaka',
  7: 'Asia/Bangkok',
  8: 'Asia/Singapore',
  9: 'Asia/Tokyo',
  10: 'Australia/Brisbane',
  11: 'Pacific/Noumea',
  12: 'Pacific/Tarawa',
};

/**
 * The seller's UTC offset, in hours, and time zone (her profile's, and the browser's): one where
 * the day has just begun (02:00–03:00 when the file starts), so that the tasks planned for
 * today from 09:00 on are ahead of now at whatever hour the tests run.
 */
const OFFSET = ((2 - new Date().getUTCHours() + 35) % 24) - 11;
const ZONE = ZONE_AT_OFFSET[OFFSET]!;

type Counters = { overdue: number; dueToday: number };

/** The instant it is `hour`:`minute` in the seller's zone, `days` from today there. */
function zoneTime(days: number, hour: number, minute = 0): string {
  const [year, month, day] = zoneDay(new Date().toISOString()).split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day! + days, hour - OFFSET, minute)).toISOString();
}

function zoneDay(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date(iso));
}
const zoneHour = (iso: string) =>
  Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', hourCycle: 'h23' }).format(
      new Date(iso),
    ),
  );

describe('the Tasks of the tab', () => {
  let h: TabHarness;
  let seller: Page;
  let deal: Opportunity;
  const ids: Record<string, string> = {};

  const plan = async (name: string, title: string, dueAt: string, typeId = 'call') => {
    const task = await h.apiSend<ActivityView>(name, 'POST', '/activities', {
      recordType: 'opportunity',
      recordId: deal.id,
      typeId,
      title,
      dueAt,
      // The record's owner (the seller) would be the assignee otherwise.
      assigneeId: h.user(name).id,
    });
    ids[title] = task.id;
    return task;
  };
  const task = (title: string) => h.apiGet<ActivityView>(SELLER, `/activities/${ids[title]}`);
  const bucket = (page: Page, name: string) => page.locator(`section[data-bucket="${name}"]`);
  const row = (page: Page, title: string) => page.locator(`li[data-task-id="${ids[title]}"]`);
  const tasksLink = (page: Page) =>
    page.getByRole('navigation', { name: /./ }).getByRole('link', { name: /^Tasks/ });
  const openTasks = async (page: Page) => {
    await page.goto('about:blank');
    await page.goto(`${h.tabUrl}/#/tasks`);
    await page.getByRole('heading', { name: 'My tasks', level: 1 }).waitFor({ timeout: 30_000 });
  };

  beforeAll(async () => {
    h = await startTabHarness();
    const { space, pipeline } = await h.firstBoard(SELLER);
    deal = await h.apiSend<Opportunity>(SELLER, 'POST', '/opportunities', {
      spaceId: space.id,
      pipelineId: pipeline.id,
      stageId: pipeline.stages[0]!.id,
      name: 'Tasks test deal',
    });
    // The server counts the seller's "today" in her profile's zone.
    await h.apiSend(SELLER, 'PUT', '/me/notifications', {
      mode: 'immediate',
      digestHour: 8,
      timeZone: ZONE,
    });
    await h.apiSend(BUSY_COLLEAGUE, 'PUT', '/me/task-sharing', { default: 'busy' });
    await h.apiSend(READ_COLLEAGUE, 'PUT', '/me/task-sharing', { default: 'read' });
    await plan(SELLER, 'Call back about pricing', zoneTime(-1, 12));
    await plan(SELLER, 'Send the offer', zoneTime(0, 12, 15), 'offer');
    await plan(SELLER, 'Prepare the demo', zoneTime(0, 15));
    await plan(SELLER, 'Book the workshop', zoneTime(0, 16));
    await plan(SELLER, 'Obsolete reminder', zoneTime(0, 17));
    await plan(SELLER, 'Quarterly review', zoneTime(3, 12), 'meeting');
    await plan(BUSY_COLLEAGUE, 'Secret negotiation prep', zoneTime(0, 10));
    await plan(READ_COLLEAGUE, 'Pipeline review with Claire', zoneTime(0, 14), 'meeting');
    seller = await h.signedIn(SELLER, { timezoneId: ZONE });
  }, 420_000);

  afterAll(async () => {
    await h?.close();
  }, 60_000);

  it('counts overdue and due-today tasks in the navigation and sorts My tasks into buckets', async () => {
    const counters = await h.apiGet<Counters>(SELLER, '/me/task-counters');
    expect(counters).toEqual({ overdue: 1, dueToday: 4 });
    // Its name says what the badge counts.
    await expect
      .poll(() => tasksLink(seller).textContent(), { timeout: 15_000 })
      .toContain('5 tasks overdue or due today');

    await openTasks(seller);
    await row(seller, 'Send the offer').waitFor({ timeout: 15_000 });
    const titles = (name: string) => bucket(seller, name).locator('li').allInnerTexts();
    expect((await titles('overdue')).join()).toContain('Call back about pricing');
    const today = await titles('today');
    expect(today).toHaveLength(4);
    expect(today[0]).toContain('Send the offer');
    expect(today[0]).toContain('Tasks test deal');
    expect((await titles('upcoming')).join()).toContain('Quarterly review');
    // Done starts collapsed; the colleagues' tasks are theirs, not mine.
    expect(await titles('done')).toEqual([]);
    expect(await seller.getByText('Secret negotiation prep').count()).toBe(0);
    // Each row links to its record.
    expect(
      await row(seller, 'Send the offer')
        .getByRole('link', { name: 'Tasks test deal' })
        .getAttribute('href'),
    ).toBe(`#/opportunities/${deal.id}`);

    // Filters: by type, then by record.
    await seller.getByRole('combobox', { name: 'Type' }).click();
    await seller.getByRole('option', { name: 'Offer' }).click();
    await expect.poll(() => titles('today'), { timeout: 15_000 }).toHaveLength(1);
    expect(await bucket(seller, 'overdue').getByText('Nothing overdue.').count()).toBe(1);
  }, 120_000);

  it('completes a task inline: checked at once, gone from Today, counted no more', async () => {
    await openTasks(seller);
    await seller
      .getByRole('checkbox', { name: 'Complete “Send the offer”' })
      .click({ timeout: 15_000 });
    await expect
      .poll(async () => (await task('Send the offer')).state, { timeout: 15_000 })
      .toBe('done');
    await expect
      .poll(
        () =>
          bucket(seller, 'today').locator(`li[data-task-id="${ids['Send the offer']}"]`).count(),
        { timeout: 15_000 },
      )
      .toBe(0);
    await expect
      .poll(() => tasksLink(seller).textContent(), { timeout: 15_000 })
      .toContain('4 tasks overdue');
    // Opening Done shows it there.
    await bucket(seller, 'done').getByRole('button', { name: 'Done' }).click();
    await bucket(seller, 'done').getByText('Send the offer').waitFor({ timeout: 15_000 });
  }, 120_000);

  it('reschedules a task inline with the keyboard, moving it to Upcoming', async () => {
    await openTasks(seller);
    await seller
      .getByRole('button', { name: 'Reschedule “Call back about pricing”' })
      .click({ timeout: 15_000 });
    const input = seller.getByLabel('Due at');
    const target = zoneTime(2, 9, 30);
    await input.fill(`${zoneDay(target)}T09:30`);
    await input.press('Enter');
    await expect
      .poll(async () => (await task('Call back about pricing')).dueAt, { timeout: 15_000 })
      .toBe(target);
    await bucket(seller, 'upcoming').getByText('Call back about pricing').waitFor();
    expect(await bucket(seller, 'overdue').getByText('Nothing overdue.').count()).toBe(1);
  }, 120_000);

  it('completes several tasks at once, showing its progress and the one that failed', async () => {
    await openTasks(seller);
    for (const title of ['Prepare the demo', 'Book the workshop', 'Obsolete reminder'])
      await seller.getByRole('checkbox', { name: `Select “${title}”` }).check({ timeout: 15_000 });
    await seller.getByText('3 selected').waitFor();
    // Deleted elsewhere meanwhile: completing it fails, the others go through.
    const obsolete = await task('Obsolete reminder');
    await h.apiSend(SELLER, 'DELETE', `/activities/${obsolete.id}`, undefined, obsolete.version);
    await seller.getByRole('button', { name: 'Complete selected' }).click();
    await seller.getByText('Completed 3 of 3').waitFor({ timeout: 15_000 });
    await seller
      .getByText('1 task could not be completed: Obsolete reminder')
      .waitFor({ timeout: 15_000 });
    expect((await task('Prepare the demo')).state).toBe('done');
    expect((await task('Book the workshop')).state).toBe('done');
    await bucket(seller, 'today').getByText('Nothing due today.').waitFor({ timeout: 15_000 });
    expect(await h.apiGet<Counters>(SELLER, '/me/task-counters')).toEqual({
      overdue: 0,
      dueToday: 0,
    });
    await expect.poll(() => tasksLink(seller).textContent(), { timeout: 15_000 }).toBe('Tasks');
  }, 120_000);

  it("shows a colleague's free/busy slot as Busy without its title, a read-shared one with it", async () => {
    await seller.goto('about:blank');
    await seller.goto(`${h.tabUrl}/#/tasks/calendar`);
    await seller.getByRole('tab', { name: 'Day' }).click({ timeout: 30_000 });
    await seller.getByRole('combobox', { name: 'Colleagues' }).click();
    // A multiselect dropdown's options are menu item checkboxes.
    await seller.getByRole('menuitemcheckbox', { name: BUSY_COLLEAGUE }).click();
    await seller.getByRole('menuitemcheckbox', { name: READ_COLLEAGUE }).click();
    await seller.keyboard.press('Escape');

    const busy = seller.locator(`[data-activity-id="${ids['Secret negotiation prep']}"]`);
    await busy.waitFor({ timeout: 15_000 });
    expect(await busy.getAttribute('data-busy')).toBe('true');
    expect(await busy.innerText()).toContain('Busy');
    expect(await busy.innerText()).toContain(BUSY_COLLEAGUE);
    expect(await seller.content()).not.toContain('Secret negotiation prep');
    const shared = seller.locator(`[data-activity-id="${ids['Pipeline review with Claire']}"]`);
    expect(await shared.innerText()).toContain('Pipeline review with Claire');
    // In their 10:00 and 14:00 slots.
    expect(await busy.locator('xpath=..').getAttribute('data-hour')).toBe('10');
    expect(await shared.locator('xpath=..').getAttribute('data-hour')).toBe('14');
  }, 120_000);

  it('drags a task to another hour, moves it with Alt+arrows, and puts it back on a conflict', async () => {
    const dragged = await plan(SELLER, 'Drag me', zoneTime(0, 9, 15));
    await seller.goto('about:blank');
    await seller.goto(`${h.tabUrl}/#/tasks/calendar`);
    await seller.getByRole('tab', { name: 'Day' }).click({ timeout: 30_000 });
    const item = seller.locator(`[data-activity-id="${dragged.id}"]`);
    await item.waitFor({ timeout: 15_000 });
    const day = zoneDay(dragged.dueAt);
    const slot = (hour: number) => seller.locator(`[data-day="${day}"][data-hour="${hour}"]`);

    await item.dragTo(slot(11));
    await slot(11).locator(`[data-activity-id="${dragged.id}"]`).waitFor({ timeout: 15_000 });
    await expect
      .poll(async () => (await task('Drag me')).dueAt, { timeout: 15_000 })
      .toBe(zoneTime(0, 11, 15));

    await item.focus();
    // The move refetches the calendar once the server has answered; someone else's edit must
    // come after that refetch, or the page would already hold their version and see no conflict.
    const refetched = seller.waitForResponse(
      async (r) =>
        r.url().includes('/me/calendar') &&
        r.request().method() === 'GET' &&
        ((await r.json()) as { items: SharedActivity[] }).items.some(
          (i) => i.id === dragged.id && i.dueAt === zoneTime(0, 12, 15),
        ),
    );
    await seller.keyboard.press('Alt+ArrowDown');
    await expect
      .poll(async () => (await task('Drag me')).dueAt, { timeout: 15_000 })
      .toBe(zoneTime(0, 12, 15));
    await slot(12).locator(`[data-activity-id="${dragged.id}"]`).waitFor({ timeout: 15_000 });
    await refetched;

    // Someone else edits it: the page's version is stale, the drop is refused and undone.
    const current = await task('Drag me');
    await h.apiSend(
      SELLER,
      'PATCH',
      `/activities/${current.id}`,
      { notes: 'bring slides' },
      current.version,
    );
    await item.dragTo(slot(16));
    await seller
      .getByText('Someone changed this task meanwhile. It is back as it was: try again.')
      .waitFor({ timeout: 15_000 });
    await slot(12).locator(`[data-activity-id="${dragged.id}"]`).waitFor({ timeout: 15_000 });
    expect(zoneHour((await task('Drag me')).dueAt)).toBe(12);
    const calendar = await h.apiGet<{ items: SharedActivity[] }>(
      SELLER,
      `/me/calendar?from=${zoneTime(0, 0)}&to=${zoneTime(1, 0)}`,
    );
    expect(calendar.items.map((i) => i.id)).toContain(dragged.id);
  }, 120_000);

  it('lets the seller share her tasks from My CRM: one level for all, another for one type', async () => {
    await seller.goto('about:blank');
    await seller.goto(`${h.tabUrl}/#/my`);
    const sharing = seller.getByRole('region', { name: 'Task sharing' });
    await sharing.getByRole('combobox', { name: 'All task types' }).click({ timeout: 30_000 });
    await seller.getByRole('option', { name: 'Free/busy: the time, not the title' }).click();
    await sharing.getByRole('combobox', { name: 'Meeting', exact: true }).click();
    await seller.getByRole('option', { name: 'Read-only' }).click();
    await sharing.getByRole('button', { name: 'Save' }).click();
    await sharing.getByText('Saved').waitFor({ timeout: 15_000 });
    expect(await h.apiGet(SELLER, '/me/task-sharing')).toEqual({
      default: 'busy',
      byType: { meeting: 'read' },
    });
    // What a colleague now sees of them.
    const seen = await h.apiGet<{ items: SharedActivity[] }>(
      BUSY_COLLEAGUE,
      `/me/calendar?from=${zoneTime(-2, 0)}&to=${zoneTime(5, 0)}&assigneeIds=${h.user(SELLER).id}`,
    );
    const review = seen.items.find((i) => i.id === ids['Quarterly review']);
    expect(review && 'title' in review ? review.title : undefined).toBe('Quarterly review');
    const call = seen.items.find((i) => i.id === ids['Call back about pricing']);
    expect(call).toMatchObject({ busy: true });
    expect(call).not.toHaveProperty('title');
  }, 120_000);

  it('lets an admin add, rename, reorder and deactivate task types and switch statuses on', async () => {
    const admin = await h.signedIn(READ_COLLEAGUE, { timezoneId: ZONE });
    await admin.goto(`${h.tabUrl}/#/settings`);
    await admin.getByRole('tab', { name: 'Task types' }).click({ timeout: 30_000 });
    await admin.getByLabel('New task type', { exact: true }).fill('Site visit');
    await admin.getByRole('button', { name: 'Add type' }).click();
    await admin.getByRole('textbox', { name: 'Name of Offer' }).fill('Quote');
    await admin.getByRole('button', { name: 'Move Site visit up' }).click();
    await admin.getByRole('switch', { name: 'Project offered for new tasks' }).click();
    await admin.getByRole('switch', { name: 'Use task statuses' }).click();
    await admin.getByLabel('New status').fill('Waiting for client');
    await admin.getByRole('button', { name: 'Add status' }).click();
    await admin.getByRole('button', { name: 'Save' }).click();
    await admin.getByText('Saved').waitFor({ timeout: 15_000 });
    type Settings = {
      types: { id: string; name: string; order: number; active: boolean }[];
      statusesEnabled: boolean;
      statuses: { id: string; name: string }[];
    };
    const settings = await h.apiGet<Settings>(READ_COLLEAGUE, '/task-settings');
    const ordered = [...settings.types].sort((a, b) => a.order - b.order);
    expect(ordered.map((type) => type.name).slice(-2)).toEqual(['Site visit', 'Call']);
    expect(ordered.find((type) => type.id === 'offer')?.name).toBe('Quote');
    expect(ordered.find((type) => type.id === 'project')?.active).toBe(false);
    expect(settings.statusesEnabled).toBe(true);
    expect(settings.statuses.map((status) => status.name)).toEqual(['Waiting for client']);
    await admin.context().close();
  }, 120_000);

  it('is accessible in every Teams theme: My tasks, the calendar, sharing and task types', async () => {
    const found = await violationsInEveryTheme(h, SELLER, async (page, theme, scan) => {
      await page.goto(`${h.tabUrl}/?theme=${theme}#/tasks`);
      await page.getByRole('heading', { name: 'My tasks', level: 1 }).waitFor({ timeout: 30_000 });
      await bucket(page, 'upcoming').locator('li').first().waitFor({ timeout: 15_000 });
      await scan('my-tasks');
      await page.goto(`${h.tabUrl}/?theme=${theme}#/tasks/calendar`);
      await page.getByRole('tab', { name: 'Month' }).click({ timeout: 30_000 });
      await page.locator('[data-activity-id]').first().waitFor({ timeout: 15_000 });
      await scan('calendar');
      await page.goto(`${h.tabUrl}/?theme=${theme}#/my`);
      await page
        .getByRole('region', { name: 'Task sharing' })
        .getByRole('button', { name: 'Save' })
        .waitFor({ timeout: 30_000 });
      await scan('my-task-sharing');
    });
    expect(found).toEqual({});
    const settings = await violationsInEveryTheme(h, READ_COLLEAGUE, async (page, theme, scan) => {
      await page.goto(`${h.tabUrl}/?theme=${theme}#/settings`);
      await page.getByRole('tab', { name: 'Task types' }).click({ timeout: 30_000 });
      await page.getByRole('switch', { name: 'Use task statuses' }).waitFor({ timeout: 15_000 });
      await scan('settings-task-types');
    });
    expect(settings).toEqual({});
  }, 420_000);
});
