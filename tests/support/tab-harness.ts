import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/tokens';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startLocalApp, type LocalApp, type LocalAppOptions } from '../../scripts/local-app';
import type { Pipeline, Space } from '@channel-crm/domain';
import { launchBrowser } from './browser';

export const ARTIFACTS = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'test-artifacts',
  'tab',
);

export type DemoUser = { id: string; tenantId: string; name: string; role: string };

export type TabHarness = {
  app: LocalApp;
  browser: Browser;
  tabUrl: string;
  apiUrl: string;
  users: DemoUser[];
  user(name: string): DemoUser;
  /** A fresh browser context signed in as `name` (sessionStorage is per context). */
  signedIn(
    name: string,
    options?: {
      query?: string;
      viewport?: { width: number; height: number };
      /** The device's time zone, as the browser reports it (IANA). */
      timezoneId?: string;
    },
  ): Promise<Page>;
  token(name: string): Promise<string>;
  apiGet<T>(name: string, path: string): Promise<T>;
  /** A write as `name` with a fresh idempotency key, guarded by `version` when given. */
  apiSend<T>(
    name: string,
    method: string,
    path: string,
    body: unknown,
    version?: number,
  ): Promise<T>;
  /** `name`'s first space and its default pipeline (the board a seller opens first). */
  firstBoard(name: string): Promise<{ space: Space; pipeline: Pipeline }>;
  close(): Promise<void>;
};

/** The app as `npm start` runs it (ephemeral ports, temp data dir) plus a headless Chromium. */
export async function startTabHarness(
  options: Pick<LocalAppOptions, 'teamsTestOrigin' | 'meetings'> = {},
): Promise<TabHarness> {
  const dataDir = await mkdtemp(join(tmpdir(), 'crm-tab-'));
  await mkdir(ARTIFACTS, { recursive: true });
  const app = await startLocalApp({
    dataDir,
    ports: { cosmos: 0, api: 0, tab: 0 },
    ...(options.teamsTestOrigin ? { teamsTestOrigin: options.teamsTestOrigin } : {}),
    ...(options.meetings ? { meetings: options.meetings } : {}),
  });
  const browser = await launchBrowser().catch(async (error: unknown) => {
    await app.stop();
    throw error;
  });
  const tabUrl = app.urls.tab!;
  const apiUrl = app.urls.api!;
  // The dev server compiles the tab on its first load: slow on a busy machine, so it happens
  // here, once, rather than in the first test's 30-second page load.
  const warm = await browser.newPage();
  await warm
    .goto(tabUrl, { timeout: 180_000 })
    .finally(() => warm.close())
    .catch(async (error: unknown) => {
      await browser.close();
      await app.stop();
      throw error;
    });
  const users = (await (await fetch(`${apiUrl}/dev/users`)).json()) as DemoUser[];
  const contexts: BrowserContext[] = [];
  const user = (name: string) => {
    const found = users.find((u) => u.name === name);
    if (!found) throw new Error(`No demo user ${name}`);
    return found;
  };
  const token = async (name: string) => {
    const u = user(name);
    const response = await fetch(`${apiUrl}/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: u.id, tenantId: u.tenantId }),
    });
    return ((await response.json()) as { token: string }).token;
  };
  const apiGet = async <T>(name: string, path: string): Promise<T> => {
    const response = await fetch(`${apiUrl}${path}`, {
      headers: { authorization: `Bearer ${await token(name)}` },
    });
    if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
    return (await response.json()) as T;
  };
  const apiSend = async <T>(
    name: string,
    method: string,
    path: string,
    body: unknown,
    version?: number,
  ): Promise<T> => {
    const response = await fetch(`${apiUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await token(name)}`,
        'content-type': 'application/json',
        'idempotency-key': crypto.randomUUID(),
        ...(version === undefined ? {} : { 'if-match': `"${version}"` }),
      },
      body: JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  return {
    app,
    browser,
    tabUrl,
    apiUrl,
    users,
    user,
    token,
    async signedIn(name, options = {}) {
      const context = await browser.newContext({
        viewport: options.viewport ?? { width: 1366, height: 860 },
        ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
      });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(`${tabUrl}/${options.query ?? ''}`);
      await page
        .getByRole('button', { name: new RegExp(`${user(name).name}$`) })
        .click({ timeout: 90_000 });
      await page.getByRole('navigation').waitFor({ timeout: 60_000 });
      return page;
    },
    apiGet,
    apiSend,
    async firstBoard(name: string) {
      const me = await apiGet<{ spaces: Space[] }>(name, '/me');
      const space = me.spaces[0]!;
      const { items } = await apiGet<{ items: Pipeline[] }>(name, `/spaces/${space.id}/pipelines`);
      return { space, pipeline: items.find((p) => p.isDefault) ?? items[0]! };
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await app.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export type AxeViolation = { id: string; impact: string; help: string; nodes: number };

/** No animation left to end (a spinner's endless one aside): a dialog fading in fails contrast. */
const animationsSettled = () =>
  document
    .getAnimations()
    .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity);

/** Runs axe-core in the page as it settles; returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.waitForFunction(animationsSettled, null, { timeout: 10_000 });
  await page.addScriptTag({ content: axe.source });
  const violations = await page.evaluate(async () => {
    // Tabster's focus-trap sentinels (aria-hidden <i tabindex=0>) are a known false positive
    // of aria-hidden-focus with Fluent UI; they are never reachable as content.
    const result = await (window as unknown as { axe: typeof axe }).axe.run(
      { exclude: [['[data-tabster-dummy]']] },
      { resultTypes: ['violations'] },
    );
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      nodes: v.nodes.length,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** `rgb(r, g, b)` for a `#rrggbb` token, as getComputedStyle reports colours. */
export function rgbOf(hex: string): string {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** The Teams themes the tab must render in, with the tokens the page must wear. */
export const TEAMS_THEMES = {
  light: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
} as const;
export type TeamsThemeName = keyof typeof TEAMS_THEMES;

/**
 * Signs `name` in under each Teams theme, checks the page wears that theme's background, and
 * lets `visit` go where it wants, calling `scan(label)` on each loaded view. Answers the serious
 * and critical axe violations by `label/theme`: empty when every view is accessible.
 */
export async function violationsInEveryTheme(
  h: TabHarness,
  name: string,
  visit: (
    page: Page,
    theme: TeamsThemeName,
    scan: (label: string) => Promise<void>,
  ) => Promise<void>,
): Promise<Record<string, AxeViolation[]>> {
  const found: Record<string, AxeViolation[]> = {};
  for (const [theme, tokens] of Object.entries(TEAMS_THEMES) as [
    TeamsThemeName,
    typeof teamsLightTheme,
  ][]) {
    const page = await h.signedIn(name, { query: `?theme=${theme}` });
    const background = await page
      .getByTestId('app-root')
      .evaluate((e) => getComputedStyle(e).backgroundColor);
    if (background !== rgbOf(tokens.colorNeutralBackground3)) {
      throw new Error(`The ${theme} theme shows a ${background} background`);
    }
    await visit(page, theme, async (label) => {
      const violations = await seriousViolations(page);
      if (violations.length) found[`${label}/${theme}`] = violations;
    });
    await page.context().close();
  }
  return found;
}
