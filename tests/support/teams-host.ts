import type { Browser, Frame, Page } from 'playwright-core';
import { startFakeHttpServer } from '../../scripts/local/fake-http-server';

export type TeamsTheme = 'default' | 'dark' | 'contrast';

export type TeamsHostOptions = {
  /** The tab's address with its route, as a manifest's contentUrl or configurationUrl gives it. */
  contentUrl: string;
  /** `sidePanel`: the tab as a meeting's side panel (with `meeting`). */
  frameContext: 'content' | 'settings' | 'sidePanel';
  /** A channel tab's team and channel; without it the tab is personal. */
  channel?: { teamId: string; channelId: string; channelName: string };
  /** A meeting the tab is in (its side panel, its chat's tab or its configuration page). */
  meeting?: { chatId: string; meetingId: string };
  theme?: TeamsTheme;
  locale?: string;
  /** What a deep link's context carried (`subEntityId`). */
  subPageId?: string;
  /** The tab's `entityId` (the manifest's, or what a channel tab's configuration saved). */
  entityId?: string;
  /** The SSO token `authentication.getAuthToken` answers with. */
  token: string;
  user: { id: string; tenantId: string };
};

/** What the configuration page gave Teams when Save was pressed. */
export type SavedTab = {
  result: string;
  settings?: { entityId: string; contentUrl: string; websiteUrl?: string };
};

export type TeamsHost = {
  page: Page;
  /** The tab, in the host's iframe. */
  tab: Frame;
  /** The teams-js calls the tab made, by name, in order. */
  calls(): Promise<string[]>;
  /** The Authorization headers the tab's API calls carried, each once. */
  apiAuthorizations(): string[];
  /** Teams' theme switch: the host tells the tab, as Teams does. */
  changeTheme(theme: TeamsTheme): Promise<void>;
  /** What the tab asked Teams' share dialog to share (`sharing.shareWebContent`), in order. */
  shared(): Promise<unknown[]>;
  /** Presses Teams' Save under a configuration page; answers once the tab said how it went. */
  save(): Promise<SavedTab>;
};

const APP_ID = '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b';

/** The runtime a Teams web client announces: the capabilities the tab uses. */
const RUNTIME = {
  apiVersion: 4,
  supports: {
    app: {},
    appInstallDialog: {},
    pages: { config: {}, appButton: {}, tabs: {} },
    sharing: {},
  },
};

/** The legacy context teams-js turns into `app.Context` (subEntityId → page.subPageId …). */
const legacyContext = (o: TeamsHostOptions) => ({
  appId: APP_ID,
  entityId:
    o.frameContext === 'settings'
      ? ''
      : (o.entityId ?? (o.meeting ? 'meeting-deals' : o.channel ? 'channel-tab' : 'my-crm')),
  frameContext: o.frameContext,
  hostClientType: 'web',
  locale: o.locale ?? 'en-US',
  theme: o.theme ?? 'default',
  tid: o.user.tenantId,
  userObjectId: o.user.id,
  ...(o.subPageId ? { subEntityId: o.subPageId } : {}),
  ...(o.meeting ? { chatId: o.meeting.chatId, meetingId: o.meeting.meetingId } : {}),
  ...(o.channel
    ? {
        teamId: `team-${o.channel.teamId}`,
        groupId: o.channel.teamId,
        channelId: o.channel.channelId,
        channelName: o.channel.channelName,
      }
    : {}),
});

type HostSetup = {
  tabOrigin: string;
  context: object;
  runtime: string;
  frameContext: string;
  token: string;
};
type HostState = {
  calls: string[];
  shared: unknown[];
  settings?: SavedTab['settings'];
  saved?: string;
};
type HostWindow = Window & { teamsHost: HostState & { send(func: string, args: unknown[]): void } };

/**
 * Runs in the host page (plain JavaScript, as the page gets it): answers teams-js's postMessage
 * protocol (a request carries `id`, `uuidAsString` and `func`; the answer echoes `id` and
 * `uuidAsString` with its `args`) and sends host events as `{ func, args }`.
 */
const HOST_SCRIPT = `
const frame = document.querySelector('iframe');
const post = (message) => frame.contentWindow.postMessage(message, setup.tabOrigin);
const state = { calls: [], shared: [], send: (func, args) => post({ func, args }) };
window.teamsHost = state;
window.addEventListener('message', (event) => {
  const request = event.data;
  if (event.source !== frame.contentWindow || typeof request?.func !== 'string') return;
  state.calls.push(request.func);
  const answer = (...args) => post({ id: request.id, uuidAsString: request.uuidAsString, args });
  const first = (request.args ?? [])[0];
  switch (request.func) {
    case 'initialize': return answer(setup.frameContext, 'web', setup.runtime, '2.0.0');
    case 'getContext': return answer(setup.context);
    case 'authentication.getAuthToken': return answer(true, setup.token);
    case 'sharing.shareWebContent': state.shared.push(first); return answer(undefined);
    case 'settings.setSettings': state.settings = first; return answer(true);
    case 'settings.save.success': state.saved = 'success'; return;
    case 'settings.save.failure': state.saved = 'failure: ' + String(first); return;
  }
});`;

const hostState = (page: Page) =>
  page.evaluate((): HostState => {
    const { calls, shared, settings, saved } = (window as unknown as HostWindow).teamsHost;
    return {
      calls: [...calls],
      shared: [...shared],
      ...(settings ? { settings } : {}),
      ...(saved ? { saved } : {}),
    };
  });

const sendToTab = (page: Page, func: string, args: unknown[]) =>
  page.evaluate(([f, a]) => (window as unknown as HostWindow).teamsHost.send(f, a), [
    func,
    args,
  ] as const);

/** A tab Teams knows of: the personal tab (no channel) or a channel tab as its configuration saved it. */
export type InstalledTab = {
  entityId: string;
  contentUrl: string;
  channel?: TeamsHostOptions['channel'];
};

/** Who clicks deep links, and the app's tabs those links may name. */
export type DeepLinkOptions = Pick<TeamsHostOptions, 'token' | 'user'> & {
  appId: string;
  tabs: InstalledTab[];
};

/** A browser page where Teams deep links open the emulator, as the Teams client opens its tabs. */
export type DeepLinkClient = {
  page: Page;
  /** Shows `url` as a link, clicks it, and answers the Teams host the click landed on. */
  click(url: string, label: string): Promise<TeamsHost>;
};

/** The emulator: a loopback server for its pages (Chromium lets a loopback page frame the tab). */
export type TeamsHostServer = {
  /** What the tab's dev server must trust (`teamsTestOrigin`). */
  origin: string;
  /** Opens a fresh browser context on a page that frames the tab and plays Teams for it. */
  open(browser: Browser, options: TeamsHostOptions): Promise<TeamsHost>;
  /**
   * Opens a fresh browser context where a `https://teams.microsoft.com/l/entity/…` link is
   * answered as the Teams client answers it: the tab the link names (its app, its `entityId`
   * and, for a channel tab, `context.channelId`), framed with `context.subEntityId` as its
   * subPageId. A link to a tab Teams does not know lands on a "no such tab" page.
   */
  deepLinks(browser: Browser, options: DeepLinkOptions): Promise<DeepLinkClient>;
  close(): Promise<void>;
};

const NO_SUCH_TAB = 'Teams emulator: no such tab';

/** The host options a deep link asks for; undefined when it names no tab of the app. */
function hostOptionsOfDeepLink(
  url: string,
  options: DeepLinkOptions,
): TeamsHostOptions | undefined {
  const link = new URL(url);
  const [l, entity, appId = '', entityId = '', ...rest] = link.pathname.slice(1).split('/');
  if (l !== 'l' || entity !== 'entity' || rest.length > 0) return undefined;
  if (decodeURIComponent(appId) !== options.appId) return undefined;
  const context = JSON.parse(link.searchParams.get('context') ?? '{}') as {
    subEntityId?: string;
    channelId?: string;
  };
  const tab = options.tabs.find(
    (t) =>
      t.entityId === decodeURIComponent(entityId) && t.channel?.channelId === context.channelId,
  );
  if (!tab) return undefined;
  return {
    contentUrl: tab.contentUrl,
    frameContext: 'content',
    entityId: tab.entityId,
    ...(tab.channel ? { channel: tab.channel } : {}),
    ...(context.subEntityId ? { subPageId: context.subEntityId } : {}),
    token: options.token,
    user: options.user,
  };
}

export async function startTeamsHost(): Promise<TeamsHostServer> {
  const pages = new Map<string, string>();
  const server = await startFakeHttpServer(
    (req, res) => {
      const html = pages.get(req.url ?? '');
      res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html ?? 'Not found');
    },
    (res, error) => {
      res.writeHead(500);
      res.end(String(error));
    },
  );
  const hostUrl = (options: TeamsHostOptions) => {
    const path = `/host/${pages.size + 1}`;
    pages.set(path, hostPage(options));
    return `${server.origin}${path}`;
  };
  return {
    origin: server.origin,
    open: (browser, options) => openHostPage(browser, hostUrl(options)),
    async deepLinks(browser, options) {
      const { context, authorizations } = await hostContext(browser);
      await context.route('https://teams.microsoft.com/**', (route) => {
        const host = hostOptionsOfDeepLink(route.request().url(), options);
        return host
          ? route.fulfill({ status: 302, headers: { location: hostUrl(host) } })
          : route.fulfill({ status: 404, contentType: 'text/plain', body: NO_SUCH_TAB });
      });
      const page = await context.newPage();
      return {
        page,
        async click(url, label) {
          const href = url.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
          await page.setContent(`<a href="${href}">${label}</a>`);
          await page.getByRole('link', { name: label }).click();
          await page.waitForURL((u) => u.protocol !== 'about:', { waitUntil: 'domcontentloaded' });
          if (!page.url().startsWith(`${server.origin}/host/`))
            throw new Error(`${NO_SUCH_TAB}: ${url}`);
          return hostOn(page, authorizations);
        },
      };
    },
    close: () => server.close(),
  };
}

function hostPage(o: TeamsHostOptions): string {
  const setup: HostSetup = {
    tabOrigin: new URL(o.contentUrl).origin,
    context: legacyContext(o),
    runtime: JSON.stringify(RUNTIME),
    frameContext: o.frameContext,
    token: o.token,
  };
  return `<!doctype html><html lang="en"><head><title>Teams host emulator</title></head>
<body style="margin:0"><iframe title="CRM tab" src="${o.contentUrl}" style="border:0;width:100vw;height:100vh"></iframe>
<script>const setup = ${JSON.stringify(setup)};${HOST_SCRIPT}</script></body></html>`;
}

/** A fresh browser context for the host, noting the Authorization headers of the tab's API calls. */
async function hostContext(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
  // teams-js fetches Microsoft's list of host origins; the emulator's origin is not on it anyway.
  await context.route('https://res.cdn.office.net/**', (route) => route.abort());
  const authorizations = new Set<string>();
  context.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/'))
      authorizations.add(request.headers().authorization ?? '');
  });
  return { context, authorizations };
}

async function openHostPage(browser: Browser, hostUrl: string): Promise<TeamsHost> {
  const { context, authorizations } = await hostContext(browser);
  const page = await context.newPage();
  // The tab loads at its own pace (a cold dev server is slow); the tests wait for what they need.
  await page.goto(hostUrl, { waitUntil: 'domcontentloaded' });
  return hostOn(page, authorizations);
}

/** The host page `page` shows, with the tab in its frame. */
async function hostOn(page: Page, authorizations: Set<string>): Promise<TeamsHost> {
  const tab = await (await page.locator('iframe').elementHandle())?.contentFrame();
  if (!tab) throw new Error('The Teams host emulator has no tab frame');
  return {
    page,
    tab,
    calls: async () => (await hostState(page)).calls,
    shared: async () => (await hostState(page)).shared,
    apiAuthorizations: () => [...authorizations],
    changeTheme: (theme) => sendToTab(page, 'themeChange', [theme]),
    async save() {
      await sendToTab(page, 'settings.save', [{}]);
      await page.waitForFunction(() => (window as unknown as HostWindow).teamsHost.saved, null, {
        timeout: 30_000,
      });
      const state = await hostState(page);
      return { result: state.saved ?? '', ...(state.settings ? { settings: state.settings } : {}) };
    },
  };
}
