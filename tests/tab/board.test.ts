import { randomUUID } from 'node:crypto';
import type { Board, Opportunity, Pipeline } from '@channel-crm/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTabHarness, violationsInEveryTheme, type TabHarness } from '../support/tab-harness';

const SELLER = 'Élodie Martin';
/** More than the board's first page (50) and the next one (100). */
const SEEDED = 180;

describe('the board of a large pipeline', () => {
  let h: TabHarness;
  let seller: Page;
  let pipeline: Pipeline;
  let crowded = '';

  const boardFigures = async (stageId: string) =>
    (await h.apiGet<Board>(SELLER, `/pipelines/${pipeline.id}/board?limit=1`)).columns.find(
      (c) => c.stage.id === stageId,
    )!.figures!;
  const column = (page: Page, stageId: string) =>
    page.locator(`section[data-stage-id="${stageId}"]`);
  const headerCount = async (page: Page, stageId: string) =>
    Number(
      (await column(page, stageId).locator('[data-figure="count"]').innerText()).replace(/\D/g, ''),
    );
  const openBoard = async (page: Page) => {
    await page.goto('about:blank');
    await page.goto(`${h.tabUrl}/#/opportunities`);
    await column(page, crowded)
      .locator('[data-opportunity-id]')
      .first()
      .waitFor({ timeout: 30_000 });
  };
  const scrollToEnd = (page: Page, stageId: string) =>
    column(page, stageId)
      .locator('[role="list"]')
      .evaluate(async (list) => {
        const section = list.closest('section')!;
        while (section.hasAttribute('data-has-more')) {
          list.scrollTop = list.scrollHeight;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        list.scrollTop = list.scrollHeight;
      });
  const settledCard = (page: Page, stageId: string, id: string) =>
    column(page, stageId).locator(`[data-opportunity-id="${id}"]:not([data-pending])`);

  beforeAll(async () => {
    h = await startTabHarness();
    // The seller's board: its default pipeline, with SEEDED more deals in its first stage,
    // written as store batches (a create each through HTTP would take minutes).
    const first = await h.firstBoard(SELLER);
    const space = first.space;
    pipeline = first.pipeline;
    const stage = pipeline.stages[0]!;
    crowded = stage.id;
    const template = await h.apiSend<Opportunity>(SELLER, 'POST', '/opportunities', {
      spaceId: space.id,
      pipelineId: pipeline.id,
      stageId: stage.id,
      name: 'Crowded stage deal',
      amount: { amount: 100_000, currency: 'EUR' },
    });
    for (let first = 0; first < SEEDED; first += 90) {
      const writes = Array.from({ length: Math.min(90, SEEDED - first) }, (_, j) => ({
        doc: {
          ...template,
          id: randomUUID(),
          name: `Crowded stage deal ${first + j}`,
          amount: { amount: 1_000 * (first + j + 1), currency: 'EUR' },
        },
        events: [],
        expectedVersion: 0,
      }));
      const written = await h.app.store!.commitBatch(template.tenantId, writes, randomUUID());
      expect(written.ok).toBe(true);
    }
    // A card in a third stage, to watch while the others move.
    const third = pipeline.stages[2]!;
    const placed = {
      ...template,
      id: randomUUID(),
      name: 'Bystander deal',
      stageId: third.id,
      probability: third.probability,
    };
    const written = await h.app.store!.commitBatch(
      template.tenantId,
      [{ doc: placed, events: [], expectedVersion: 0 }],
      randomUUID(),
    );
    expect(written.ok).toBe(true);
    // The dev server compiles the tab on its first load: slow on a busy machine.
    const warm = await h.browser.newPage();
    await warm.goto(h.tabUrl, { timeout: 180_000 });
    await warm.close();
    seller = await h.signedIn(SELLER, { viewport: { width: 1920, height: 1000 } });
  }, 420_000);

  afterAll(async () => {
    await h?.close();
  }, 60_000);

  it('pages a column in as it scrolls, its header counting the whole stage from the summary', async () => {
    await openBoard(seller);
    const figures = await boardFigures(crowded);
    expect(figures.count).toBeGreaterThan(SEEDED);
    expect(await headerCount(seller, crowded)).toBe(figures.count);
    const cards = column(seller, crowded).getByRole('listitem');
    // Screen readers hear the stage's size, not the first page's.
    expect(await cards.first().getAttribute('aria-setsize')).toBe(String(figures.count));
    const lastShown = async () =>
      Math.max(
        ...(await cards.evaluateAll((items) =>
          items.map((i) => Number(i.getAttribute('aria-posinset'))),
        )),
      );
    expect(await lastShown()).toBeLessThanOrEqual(50);

    await scrollToEnd(seller, crowded);
    await expect.poll(lastShown, { timeout: 10_000 }).toBe(figures.count);
    // Every card is loaded, yet only the visible ones are in the page.
    expect(await cards.count()).toBeLessThan(40);
    expect(await headerCount(seller, crowded)).toBe(figures.count);
  }, 120_000);

  it('drags a card: it moves at once, one request confirms it, the board is not asked for again', async () => {
    await openBoard(seller);
    const target = pipeline.stages[1]!.id;
    const card = column(seller, crowded).locator('[data-opportunity-id]').first();
    const id = (await card.getAttribute('data-opportunity-id'))!;
    const before = {
      from: await headerCount(seller, crowded),
      to: await headerCount(seller, target),
    };
    // A card of a third column, to see that its element is kept as it was.
    const bystander = column(seller, pipeline.stages[2]!.id).getByText('Bystander deal');
    await bystander.evaluate((e) => e.setAttribute('data-watched', ''));

    const requests: string[] = [];
    seller.on('request', (r) => {
      // The board's own calls; the shell's (notifications, members) are not the board's business.
      if (/\/api\/(pipelines|opportunities)/.test(r.url()))
        requests.push(`${r.method()} ${new URL(r.url()).pathname}`);
    });
    await card.dragTo(column(seller, target));
    await settledCard(seller, target, id).waitFor({ timeout: 15_000 });

    expect(requests).toEqual([`PATCH /api/opportunities/${id}/stage`]);
    expect(await headerCount(seller, crowded)).toBe(before.from - 1);
    expect(await headerCount(seller, target)).toBe(before.to + 1);
    expect((await boardFigures(target)).count).toBe(before.to + 1);
    expect(await seller.locator('[data-watched]').count()).toBe(1);

    // The card holds the server's new version: moving it back is not refused as stale.
    await column(seller, target)
      .locator(`[data-opportunity-id="${id}"]`)
      .dragTo(column(seller, crowded));
    await settledCard(seller, crowded, id).waitFor({ timeout: 15_000 });
    expect((await h.apiGet<Opportunity>(SELLER, `/opportunities/${id}`)).stageId).toBe(crowded);
    expect(requests.filter((r) => r.includes('/board'))).toEqual([]);
    expect(await seller.getByRole('alert').count()).toBe(0);
  }, 90_000);

  it('puts a card back with a message when someone changed the deal meanwhile, and the next try works', async () => {
    await openBoard(seller);
    const target = pipeline.stages[1]!.id;
    const card = column(seller, crowded).locator('[data-opportunity-id]').first();
    const id = (await card.getAttribute('data-opportunity-id'))!;
    const count = await headerCount(seller, crowded);
    const shown = await h.apiGet<Opportunity>(SELLER, `/opportunities/${id}`);
    await h.apiSend(
      SELLER,
      'PATCH',
      `/opportunities/${id}`,
      { name: `${shown.name} (edited)` },
      shown.version,
    );

    await card.dragTo(column(seller, target));
    await seller
      .getByRole('alert')
      .filter({ hasText: 'The move was undone' })
      .waitFor({ timeout: 15_000 });
    await settledCard(seller, crowded, id).waitFor({ timeout: 15_000 });
    expect(await column(seller, target).locator(`[data-opportunity-id="${id}"]`).count()).toBe(0);
    expect(await headerCount(seller, crowded)).toBe(count);
    // The card was read again: it shows the other edit, and the same drag now succeeds.
    await column(seller, crowded).getByText(`${shown.name} (edited)`).waitFor({ timeout: 15_000 });
    await column(seller, crowded)
      .locator(`[data-opportunity-id="${id}"]`)
      .dragTo(column(seller, target));
    await settledCard(seller, target, id).waitFor({ timeout: 15_000 });
    expect((await h.apiGet<Opportunity>(SELLER, `/opportunities/${id}`)).stageId).toBe(target);
  }, 90_000);

  it('has no serious accessibility violation once a column has paged in, in all three themes', async () => {
    const found = await violationsInEveryTheme(h, SELLER, async (page, _theme, scan) => {
      await openBoard(page);
      await scrollToEnd(page, crowded);
      await scan('board-paged');
    });
    expect(found).toEqual({});
  }, 240_000);
});
