// The tab: initial JS size, time to a usable board with 2,000 deals in headless Chromium (on the
// production build), drag-to-server-confirmed latency, and time to an open deal page with 50
// notes and 5 linked accounts.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build, preview } from 'vite';
import { startLocalApp } from '../local-app';
import { percentile, type BenchFigure } from './figure';

const here = dirname(fileURLToPath(import.meta.url));
const tabRoot = join(here, '..', '..', 'tab');
const OPPORTUNITIES = 2_000;
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
type Pipeline = { id: string; isDefault?: boolean; stages: { id: string; kind: string }[] };

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

/** A fresh space with one pipeline holding OPPORTUNITIES opportunities spread over its open stages. */
async function seedBoard(call: Awaited<ReturnType<typeof apiAs>>) {
  const me = await call<Me>('GET', '/me');
  const space = me.spaces[0]!;
  const pipelines = await call<Pipeline[] | { items: Pipeline[] }>(
    'GET',
    `/spaces/${space.id}/pipelines`,
  );
  const list = Array.isArray(pipelines) ? pipelines : pipelines.items;
  const pipeline = list.find((p) => p.isDefault) ?? list[0]!;
  const open = pipeline.stages.filter((s) => s.kind === 'open');
  let next = 0;
  const worker = async () => {
    while (next < OPPORTUNITIES) {
      const i = next++;
      await call('POST', '/opportunities', {
        spaceId: space.id,
        pipelineId: pipeline.id,
        stageId: open[i % open.length]!.id,
        name: `Bench deal ${i}`,
        amount: { amount: 100_000 + i * 100, currency: 'EUR' },
      });
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return { space, pipeline, open };
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

/** In the page: from the drop event to the card losing `data-pending` (the server answered). */
const WATCH_DRAG = (opportunityId: string) => `(() => {
  const w = window;
  w.dropAt = undefined;
  w.confirmedAt = undefined;
  let seenPending = false;
  document.addEventListener('drop', () => (w.dropAt = performance.now()), { capture: true, once: true });
  const observer = new MutationObserver(() => {
    const card = document.querySelector('[data-opportunity-id="${opportunityId}"]');
    if (card?.hasAttribute('data-pending')) seenPending = true;
    else if (seenPending && card) {
      w.confirmedAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-pending'] });
})()`;

async function dragLatency(page: Page, from: string, to: string): Promise<number> {
  const card = page.locator(`section[data-stage-id="${from}"] [data-opportunity-id]`).first();
  const id = (await card.getAttribute('data-opportunity-id')) ?? '';
  await page.evaluate(WATCH_DRAG(id));
  await card.dragTo(page.locator(`section[data-stage-id="${to}"]`));
  await page.waitForFunction('window.confirmedAt !== undefined', null, { timeout: 15_000 });
  return page.evaluate<number>('window.confirmedAt - window.dropAt');
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
  await build({
    root: tabRoot,
    configFile: join(tabRoot, 'vite.config.ts'),
    logLevel: 'silent',
    build: { outDir, sourcemap: false },
  });
  const server = await preview({
    root: tabRoot,
    configFile: join(tabRoot, 'vite.config.ts'),
    logLevel: 'silent',
    build: { outDir },
    preview: {
      port: 0,
      host: '127.0.0.1',
      proxy: { '/api': { target: apiUrl.replace(/\/api$/, ''), changeOrigin: true } },
    },
  });
  const tabUrl = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '';
  const browser = await launchBrowser();
  try {
    const users = (await (await fetch(`${apiUrl}/dev/users`)).json()) as DemoUser[];
    const seller = users.find((u) => u.name === SELLER) ?? users[0]!;
    const call = await apiAs(apiUrl, seller);
    const { space, open } = await seedBoard(call);
    const busyId = await seedBusyOpportunity(call, space.id);

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${tabUrl}/`);
    await page.getByRole('button', { name: new RegExp(`${seller.name}$`) }).click();
    await page.getByRole('navigation').waitFor();
    await timeToBoard(page, `${tabUrl}/#/opportunities`);
    const loads: number[] = [];
    for (let i = 0; i < BOARD_RUNS; i++) {
      await page.goto('about:blank');
      loads.push(await timeToBoard(page, `${tabUrl}/#/opportunities`));
    }
    figures.push({
      name: `tab.board_usable_${OPPORTUNITIES}_deals_p50`,
      value: percentile(loads, 50),
      unit: 'ms',
    });

    const drags: number[] = [];
    for (let i = 0; i < DRAGS; i++) {
      const from = open[i % 2]!.id;
      const to = open[(i + 1) % 2]!.id;
      drags.push(await dragLatency(page, from, to));
    }
    figures.push({ name: 'tab.drag_confirmed_p50', value: percentile(drags, 50), unit: 'ms' });
    figures.push({ name: 'tab.drag_confirmed_p95', value: percentile(drags, 95), unit: 'ms' });

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
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    await app.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  return figures;
}
