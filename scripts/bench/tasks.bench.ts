// "My tasks" with 5,000 tasks for one seller: the p50 and p95 of the API page the view asks for
// (listMyTasks, each bucket), and the time to a usable My tasks view in headless Chromium on
// the production build (every bucket's first page shown, its checkboxes ready).
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ActivityView, Opportunity } from '@channel-crm/domain';
import { openCrmContainer } from '@channel-crm/domain/server';
import { bulkCreate } from '@channel-crm/domain/testing';
import type { Browser, Page } from 'playwright-core';
import { startLocalApp } from '../local-app';
import { percentile, type BenchFigure } from './figure';
import { serveTabBuild } from './served-tab';

const here = dirname(fileURLToPath(import.meta.url));
const TASKS = 5_000;
const API_RUNS = 40;
const VIEW_RUNS = 5;
const SELLER = 'Élodie Martin';
const BUCKETS = ['overdue', 'today', 'upcoming'] as const;
const DAY = 86_400_000;

type TestsBrowser = { launchBrowser(): Promise<Browser> };
type DemoUser = { id: string; tenantId: string; name: string };
type Pipeline = { id: string; isDefault?: boolean; stages: { id: string }[] };

const fromTests = <T>(path: string) => import(join(here, '..', '..', 'tests', path)) as Promise<T>;

async function signIn(apiUrl: string, user: DemoUser) {
  const response = await fetch(`${apiUrl}/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: user.id, tenantId: user.tenantId }),
  });
  const { token } = (await response.json()) as { token: string };
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const reply = await fetch(`${apiUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'idempotency-key': randomUUID(),
      },
      body: body === undefined ? null : JSON.stringify(body),
    });
    if (!reply.ok) throw new Error(`${method} ${path}: ${reply.status} ${await reply.text()}`);
    return (await reply.json()) as T;
  };
}

/**
 * One task made through the API, then TASKS copies of it written straight into the container,
 * due from a month ago to two months ahead (so every bucket is full), a few done.
 */
async function seedTasks(
  apiUrl: string,
  cosmos: { endpoint: string; key: string },
  seller: DemoUser,
) {
  const api = await signIn(apiUrl, seller);
  const me = await api<{ spaces: { id: string }[] }>('GET', '/me');
  const spaceId = me.spaces[0]!.id;
  const { items } = await api<{ items: Pipeline[] }>('GET', `/spaces/${spaceId}/pipelines`);
  const pipeline = items.find((p) => p.isDefault) ?? items[0]!;
  const deal = await api<Opportunity>('POST', '/opportunities', {
    spaceId,
    pipelineId: pipeline.id,
    stageId: pipeline.stages[0]!.id,
    name: 'Bench tasks deal',
  });
  const template = await api<ActivityView>('POST', '/activities', {
    recordType: 'opportunity',
    recordId: deal.id,
    typeId: 'call',
    title: 'Bench task',
    dueAt: new Date().toISOString(),
  });
  const container = await openCrmContainer(cosmos);
  // The task as the store keeps it, without what the server adds to a stored document.
  const { resource } = await container.item(template.id, template.tenantId).read<object>();
  const stored = Object.fromEntries(
    Object.entries(resource ?? {}).filter(([key]) => !key.startsWith('_')),
  );
  const now = Date.now();
  const docs = Array.from({ length: TASKS }, (_, i) => {
    const dueAt = new Date(now + (((i * 7919) % (90 * 24)) - 30 * 24) * (DAY / 24)).toISOString();
    const done = i % 10 === 0;
    return {
      ...stored,
      id: randomUUID(),
      title: `Bench task ${i}`,
      dueAt,
      ...(done
        ? { state: 'done', completedAt: dueAt, completedBy: seller.id }
        : { state: 'planned' }),
    };
  });
  await bulkCreate(container, docs);
  return api;
}

/** From the address typed to every bucket's first rows shown with their checkboxes ready. */
async function timeToMyTasks(page: Page, url: string): Promise<number> {
  await page.goto('about:blank');
  const started = Date.now();
  await page.goto(url);
  for (const bucket of BUCKETS)
    await page
      .locator(`section[data-bucket="${bucket}"] li input[type="checkbox"]:not([disabled])`)
      .first()
      .waitFor({ timeout: 60_000 });
  return Date.now() - started;
}

export async function run(): Promise<BenchFigure[]> {
  const { launchBrowser } = await fromTests<TestsBrowser>('support/browser.ts');
  const figures: BenchFigure[] = [];
  const dataDir = await mkdtemp(join(tmpdir(), 'crm-tasks-bench-'));
  const outDir = join(dataDir, 'dist');
  const app = await startLocalApp({ dataDir, ports: { cosmos: 0, api: 0 }, tab: false });
  const apiUrl = app.urls.api!;
  const served = await serveTabBuild(apiUrl, outDir);
  const tabUrl = served.url;
  const browser = await launchBrowser();
  try {
    const users = (await (await fetch(`${apiUrl}/dev/users`)).json()) as DemoUser[];
    const seller = users.find((u) => u.name === SELLER) ?? users[0]!;
    const cosmos = app.cosmos!;
    const api = await seedTasks(apiUrl, { endpoint: cosmos.endpoint, key: cosmos.key }, seller);

    for (const bucket of BUCKETS) {
      const samples: number[] = [];
      for (let i = 0; i < API_RUNS; i++) {
        const started = performance.now();
        await api('GET', `/me/tasks?bucket=${bucket}&limit=50`);
        samples.push(performance.now() - started);
      }
      figures.push(
        {
          name: `tasks.my_tasks_api_${bucket}_${TASKS}_p50`,
          value: percentile(samples, 50),
          unit: 'ms',
        },
        {
          name: `tasks.my_tasks_api_${bucket}_${TASKS}_p95`,
          value: percentile(samples, 95),
          unit: 'ms',
        },
      );
    }

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${tabUrl}/`);
    await page.getByRole('button', { name: new RegExp(`${seller.name}$`) }).click();
    await page.getByRole('navigation').waitFor();
    const url = `${tabUrl}/#/tasks`;
    await timeToMyTasks(page, url);
    const loads: number[] = [];
    for (let i = 0; i < VIEW_RUNS; i++) loads.push(await timeToMyTasks(page, url));
    figures.push(
      { name: `tasks.my_tasks_usable_${TASKS}_p50`, value: percentile(loads, 50), unit: 'ms' },
      { name: `tasks.my_tasks_usable_${TASKS}_p95`, value: percentile(loads, 95), unit: 'ms' },
    );
  } finally {
    await browser.close();
    await served.close();
    await app.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  return figures;
}
