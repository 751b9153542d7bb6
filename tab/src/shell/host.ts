import { formattingTag } from './i18n/locale';
import { teamsTestOrigins } from './teams-test-origin';

export type ThemeName = 'light' | 'dark' | 'contrast';

/** Where the tab runs: a Teams channel tab, a Teams personal tab, or a plain browser. */
export type HostInfo = {
  kind: 'teams' | 'browser';
  frame: 'channel' | 'personal' | 'config' | 'browser';
  theme: ThemeName;
  /** The user's BCP 47 tag (`de-AT`): its language picks the messages, the whole tag formats. */
  locale: string;
  teamId?: string;
  channelId?: string;
  channelName?: string;
  /** Teams' user object id, when inside Teams. */
  userObjectId?: string;
  /** What a deep link asked this tab to open (`lead:<id>`; see domain/src/rules/record-link.ts). */
  subPageId?: string;
};

const TEAMS_INIT_TIMEOUT_MS = 2500;

export function themeFromTeams(theme: string | undefined): ThemeName {
  if (theme === 'dark') return 'dark';
  if (theme === 'contrast') return 'contrast';
  return 'light';
}

/** `?theme=dark|contrast` and `?locale=fr` (or `de-AT`) let a plain browser (and the tests) pick. */
function overrides(): { theme?: ThemeName; locale?: string } {
  const query = new URLSearchParams(window.location.search);
  const theme = query.get('theme');
  const locale = query.get('locale');
  return {
    ...(theme === 'dark' || theme === 'contrast' || theme === 'light' ? { theme } : {}),
    ...(locale ? { locale: formattingTag(locale) } : {}),
  };
}

function browserHost(): HostInfo {
  const prefersDark = window.matchMedia?.('(prefers-color-scheme: dark)').matches;
  const o = overrides();
  return {
    kind: 'browser',
    frame: 'browser',
    theme: o.theme ?? (prefersDark ? 'dark' : 'light'),
    locale: o.locale ?? formattingTag(navigator.language),
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([
    promise,
    new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms)),
  ]);
}

/**
 * Teams hosts the tab in an iframe (or a webview that sets `window.name`/the user agent);
 * a top-level browser window is never Teams, so it is detected at once. Inside a frame the
 * SDK gets a short time to answer; without an answer we fall back to the browser.
 */
export async function detectHost(): Promise<HostInfo> {
  const framed = window.parent !== window;
  const teamsWebView = /Teams\//.test(navigator.userAgent);
  if (!framed && !teamsWebView) return browserHost();
  try {
    const { app } = await import('@microsoft/teams-js');
    const initialized = await withTimeout(
      app.initialize(teamsTestOrigins()).then(() => true),
      TEAMS_INIT_TIMEOUT_MS,
    );
    if (!initialized) return browserHost();
    const context = await withTimeout(app.getContext(), TEAMS_INIT_TIMEOUT_MS);
    if (!context) return browserHost();
    const o = overrides();
    const frameContext = context.page.frameContext;
    return {
      kind: 'teams',
      frame:
        frameContext === 'settings'
          ? 'config'
          : context.channel?.id || context.team?.groupId
            ? 'channel'
            : 'personal',
      theme: o.theme ?? themeFromTeams(context.app.theme),
      locale: o.locale ?? formattingTag(context.app.locale),
      ...(context.team?.groupId ? { teamId: context.team.groupId } : {}),
      ...(context.channel?.id ? { channelId: context.channel.id } : {}),
      ...(context.channel?.displayName ? { channelName: context.channel.displayName } : {}),
      ...(context.user?.id ? { userObjectId: context.user.id } : {}),
      ...(context.page.subPageId ? { subPageId: context.page.subPageId } : {}),
    };
  } catch {
    return browserHost();
  }
}

/** Follows Teams' theme changes; a no-op outside Teams. */
export async function onTeamsThemeChange(handler: (theme: ThemeName) => void): Promise<void> {
  const { app } = await import('@microsoft/teams-js');
  app.registerOnThemeChangeHandler((theme) => handler(themeFromTeams(theme)));
}

export async function teamsAuthToken(): Promise<string> {
  const { authentication } = await import('@microsoft/teams-js');
  return authentication.getAuthToken();
}
