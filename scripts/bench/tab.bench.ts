// The tab: initial JS size, time to a usable board with 2,000 and with 10,000 deals in one
// pipeline in headless Chromium (on the production build), drag latency at 10,000 deals (drop to
// card shown, drop to server-confirmed), the JS heap after every column of the 10,000-deal board
// is scrolled to its end, and time to an open deal page with 50 notes and 5 linked accounts.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Opportunity } from '@channel-crm/domain';
import type { CrmStore } from '@channel-crm/domain/server';
import type { Browser, Page } from 'playwright-core';
import { startLocalApp } from '../local-app';
import { percentile, type BenchFigure } from './figure';
import { serveTabBuild } from './served-tab';

const here = dirname(fileURLToPath(import.meta.url));
const SMALL_BOARD = 2_000;
const LARGE_BOARD = 10_000;
/** Opportunities per store batch: the batch also carries the stage summaries they change. */
const SEED_BATCH = 90;
const SEED_WORKERS = 4;
const BOARD_RUNS = 5;
const DRAGS = 20;
const PAGE_RUNS = 5;
const PAGE_NOTES = 50;
const PAGE_ACCOUNTS = 5;
const SELLER = 'Élodie Martin';

type TestsBrowser = { launchBrowser(): Promise<Browser> };
type TestsBundle = { buildTabBundle(): Promise<{ initialJsGzip: number }> };

// scripts/ cannot reference tests/ at compile time (tests reference scripts), so the shared
// test helpers are loaded at run time.
const fromTests = <T>(path: string) => import(join(here, '..', '..', 'tests', path)) as Promise<T>;

type DemoUser = { id: string; tenantId: string; name: string };
type Me = { spaces: { id: string; name: string }[] };
type Pipeline = {
  id: string;
  isDefault?: boolean;
  stages: { id: string; kind: string; probability: number }[];
};

type Versioned = { id: string; version: number };

async function apiAs(apiUrl: string, user: DemoUser) {
  const { token } = (await (
    await fetch(`${apiUrl}/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: user.id, tenantId: user.tenantId }),
    })
  ).json()) as { token: string };
  return async <T>(method: string, path: string, body?: unknown, version?: number): Promise<T> => {
    const response = await fetch(`${apiUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'idempotency-key': crypto.randomUUID(),
        ...(version === undefined ? {} : { 'if-match': `"${version}"` }),
      },
      body: body === undefined ? null : JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
}

/** The seller's first space and its default pipeline, with one deal created through the API. */
async function boardPipeline(call: Awaited<ReturnType<typeof apiAs>>) {
  const me = await call<Me>('GET', '/me');
  const space = me.spaces[0]!;
  const pipelines = await call<Pipeline[] | { items: Pipeline[] }>(
    'GET',
    `/spaces/${space.id}/pipelines`,
  );
  const list = Array.isArray(pipelines) ? pipelines : pipelines.items;
  const pipeline = list.find((p) => p.isDefault) ?? list[0]!;
  const open = pipeline.stages.filter((s) => s.kind === 'open');
  const template = await call<Opportunity>('POST', '/opportunities', {
    spaceId: space.id,
    pipelineId: pipeline.id,
    stageId: open[0]!.id,
    name: 'Bench deal template',
    amount: { amount: 100_000, currency: 'EUR' },
  });
  return { space, pipeline, open, template };
}

/**
 * Adds deals `from`..`to`-1 to the template's pipeline, spread over its open stages, as store
 * batches (with their stage summaries), not one HTTP create each.
 */
async function seedBoard(
  store: CrmStore,
  template: Opportunity,
  open: Pipeline['stages'],
  from: number,
  to: number,
) {
  const day = Date.parse(template.createdAt);
  let next = from;
  const worker = async () => {
    while (next < to) {
      const first = next;
      next = Math.min(to, next + SEED_BATCH);
      const writes = Array.from({ length: next - first }, (_, j) => {
        const i = first + j;
        const stage = open[i % open.length]!;
        const at = new Date(day - i * 60_000).toISOString();
        const doc: Opportunity = {
          ...template,
          id: randomUUID(),
          name: `Bench deal ${i}`,
          stageId: stage.id,
          probability: stage.probability,
          amount: { amount: 100_000 + i * 100, currency: 'EUR' },
          createdAt: at,
          updatedAt: at,
        };
        return { doc, events: [], expectedVersion: 0 };
      });
      const written = await store.commitBatch(template.tenantId, writes, randomUUID());
      if (!written.ok) throw new Error(written.error.message);
    }
  };
  await Promise.all(Array.from({ length: SEED_WORKERS }, worker));
}

/** An open deal with PAGE_NOTES notes on its timeline and PAGE_ACCOUNTS linked accounts. */
async function seedBusyOpportunity(call: Awaited<ReturnType<typeof apiAs>>, spaceId: string) {
  let opportunity = await call<Versioned>('POST', '/opportunities', {
    spaceId,
    name: 'Bench busy deal',
    amount: { amount: 4_200_000, currency: 'EUR' },
  });
  for (let i = 0; i < PAGE_ACCOUNTS; i++) {
    const account = await call<Versioned>('POST', '/accounts', {
      spaceIds: [spaceId],
      name: `Bench account ${i}`,
    });
    opportunity = await call<Versioned>(
      'POST',
      `/opportunities/${opportunity.id}/accounts`,
      { accountId: account.id },
      opportunity.version,
    );
  }
  for (let i = 0; i < PAGE_NOTES; i++)
    await call('POST', `/opportunities/${opportunity.id}/notes`, { text: `Bench note ${i}` });
  return opportunity.id;
}

/** From navigation to the page showing its newest note and its last linked account. */
async function timeToOpportunityPage(page: Page, url: string): Promise<number> {
  const started = Date.now();
  await page.goto(url);
  await page
    .getByText(`Bench note ${PAGE_NOTES - 1}`, { exact: true })
    .waitFor({ timeout: 30_000 });
  await page
    .getByText(`Bench account ${PAGE_ACCOUNTS - 1}`)
    .first()
    .waitFor({ timeout: 30_000 });
  return Date.now() - started;
}

async function timeToBoard(page: Page, url: string): Promise<number> {
  const started = Date.now();
  await page.goto(url);
  await page
    .locator('[data-testid="board"] [data-opportunity-id]')
    .first()
    .waitFor({ timeout: 30_000 });
  return Date.now() - started;
}

/**
 * In the page: when the card shows in its new column (optimistic), whether that was before the
 * next frame, and when it loses `data-pending` there (the server answered).
 */
const WATCH_DRAG = (opportunityId: string, to: string) => `(() => {
  const w = window;
  Object.assign(w, { dropAt: undefined, shownAt: undefined, frameAt: undefined, confirmedAt: undefined });
  const card = () => document.querySelector('section[data-stage-id="${to}"] [data-opportunity-id="${opportunityId}"]');
  document.addEventListener('drop', () => {
    w.dropAt = performance.now();
    requestAnimationFrame(() => (w.frameAt = performance.now()));
  }, { capture: true, once: true });
  const observer = new MutationObserver(() => {
    const shown = card();
    if (shown && w.shownAt === undefined) w.shownAt = performance.now();
    if (shown && w.shownAt !== undefined && !shown.hasAttribute('data-pending')) {
      w.confirmedAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-pending'] });
})()`;

type DragTimes = { shown: number; sameFrame: boolean; confirmed: number };

async function dragLatency(page: Page, from: string, to: string): Promise<DragTimes> {
  const card = page.locator(`section[data-stage-id="${from}"] [data-opportunity-id]`).first();
  const id = (await card.getAttribute('data-opportunity-id')) ?? '';
  await page.evaluate(WATCH_DRAG(id, to));
  await card.dragTo(page.locator(`section[data-stage-id="${to}"]`));
  await page.waitForFunction('window.confirmedAt !== undefined', null, { timeout: 15_000 });
  return page.evaluate<DragTimes>(`({
    shown: window.shownAt - window.dropAt,
    sameFrame: window.frameAt === undefined || window.shownAt <= window.frameAt,
    confirmed: window.confirmedAt - window.dropAt,
  })`);
}

/** Scrolls a column's list to its end, page after page, until it has no further page. */
const SCROLL_TO_END = `async (stageId) => {
  const section = document.querySelector('section[data-stage-id="' + stageId + '"]');
  const list = section.querySelector('[role="list"]');
  const started = performance.now();
  while (section.hasAttribute('data-has-more')) {
    list.scrollTop = list.scrollHeight;
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (performance.now() - started > 300000) throw new Error('The column ' + stageId + ' never ended');
  }
  list.scrollTop = list.scrollHeight;
}`;

/** The page's JS heap in use after a full garbage collection, in MB. */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return Math.round(usedSize / 104_857.6) / 10;
}

async function boardLoads(page: Page, url: string): Promise<number> {
  await timeToBoard(page, url);
  const loads: number[] = [];
  for (let i = 0; i < BOARD_RUNS; i++) {
    await page.goto('about:blank');
    loads.push(await timeToBoard(page, url));
  }
  return percentile(loads, 50);
}

export async function run(): Promise<BenchFigure[]> {
  const { buildTabBundle } = await fromTests<TestsBundle>('support/tab-bundle.ts');
  const { launchBrowser } = await fromTests<TestsBrowser>('support/browser.ts');
  const figures: BenchFigure[] = [];
  const bundle = await buildTabBundle();
  figures.push({
    name: 'tab.initial_js_gzip',
    value: Math.round(bundle.initialJsGzip / 102.4) / 10,
    unit: 'KB',
  });

  const dataDir = await mkdtemp(join(tmpdir(), 'crm-tab-bench-'));
  const outDir = join(dataDir, 'dist');
  const app = await startLocalApp({ dataDir, ports: { cosmos: 0, api: 0 }, tab: false });
  const apiUrl = app.urls.api!;
  const served = await serveTabBuild(apiUrl, outDir);
  const tabUrl = served.url;
  const browser = await launchBrowser();
  try {
    const users = (await (await fetch(`${apiUrl}/dev/users`)).json()) as DemoUser[];
    const seller = users.find((u) => u.name === SELLER) ?? users[0]!;
    const call = await apiAs(apiUrl, seller);
    const { space, open, template } = await boardPipeline(call);
    await seedBoard(app.store!, template, open, 1, SMALL_BOARD);
    const busyId = await seedBusyOpportunity(call, space.id);

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${tabUrl}/`);
    await page.getByRole('button', { name: new RegExp(`${seller.name}$`) }).click();
    await page.getByRole('navigation').waitFor();
    const boardUrl = `${tabUrl}/#/opportunities`;
    const small = await boardLoads(page, boardUrl);
    figures.push({ name: `tab.board_usable_${SMALL_BOARD}_deals_p50`, value: small, unit: 'ms' });

    await seedBoard(app.store!, template, open, SMALL_BOARD, LARGE_BOARD);
    const large = await boardLoads(page, boardUrl);
    figures.push({ name: `tab.board_usable_${LARGE_BOARD}_deals_p50`, value: large, unit: 'ms' });
    figures.push({
      name: `tab.board_usable_${LARGE_BOARD}_to_${SMALL_BOARD}_ratio`,
      value: Math.round((large / small) * 100) / 100,
      unit: 'x',
    });

    const drags: DragTimes[] = [];
    let failedDrags = 0;
    for (let i = 0; i < DRAGS; i++) {
      const from = open[i % 2]!.id;
      const to = open[(i + 1) % 2]!.id;
      // A drag that never completes is counted, not allowed to lose the other figures.
      const times = await dragLatency(page, from, to).catch((error: unknown) => {
        console.error(error);
        return undefined;
      });
      if (times) drags.push(times);
      else failedDrags += 1;
    }
    const at = `${LARGE_BOARD}_deals`;
    const shown = drags.map((d) => d.shown);
    const confirmed = drags.map((d) => d.confirmed);
    figures.push(
      { name: `tab.drag_shown_${at}_p50`, value: percentile(shown, 50), unit: 'ms' },
      { name: `tab.drag_shown_${at}_p95`, value: percentile(shown, 95), unit: 'ms' },
      {
        name: `tab.drag_shown_in_drop_frame_${at}`,
        value: drags.filter((d) => d.sameFrame).length,
        unit: `of ${DRAGS}`,
      },
      { name: `tab.drag_confirmed_${at}_p50`, value: percentile(confirmed, 50), unit: 'ms' },
      { name: `tab.drag_confirmed_${at}_p95`, value: percentile(confirmed, 95), unit: 'ms' },
      { name: `tab.drag_failed_${at}`, value: failedDrags, unit: `of ${DRAGS}` },
    );

    await page.goto('about:blank');
    await timeToBoard(page, boardUrl);
    figures.push({
      name: `tab.board_${at}_heap_loaded`,
      value: await heapAfterGc(page),
      unit: 'MB',
    });
    const stageIds = await page
      .locator('section[data-stage-id]')
      .evaluateAll((sections) => sections.map((s) => s.getAttribute('data-stage-id')!));
    const scrollStarted = Date.now();
    for (const stageId of stageIds)
      await page.evaluate(`(${SCROLL_TO_END})(${JSON.stringify(stageId)})`);
    figures.push(
      { name: `tab.board_${at}_scroll_all_columns`, value: Date.now() - scrollStarted, unit: 'ms' },
      { name: `tab.board_${at}_heap_scrolled`, value: await heapAfterGc(page), unit: 'MB' },
      {
        name: `tab.board_${at}_cards_in_dom_scrolled`,
        value: await page.locator('[data-opportunity-id]').count(),
        unit: 'cards',
      },
    );

    const pageLoads: number[] = [];
    for (let i = 0; i < PAGE_RUNS; i++) {
      await page.goto('about:blank');
      pageLoads.push(await timeToOpportunityPage(page, `${tabUrl}/#/opportunities/${busyId}`));
    }
    figures.push({
      name: `tab.opportunity_page_${PAGE_NOTES}_notes_${PAGE_ACCOUNTS}_accounts_p50`,
      value: percentile(pageLoads, 50),
      unit: 'ms',
    });
  } finally {
    await browser.close();
    await served.close();
    await app.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  return figures;
}
