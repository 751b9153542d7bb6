import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTeamsHost,
  type TeamsHost,
  type TeamsHostOptions,
  type TeamsHostServer,
} from '../support/teams-host';
import {
  rgbOf,
  startTabHarness,
  TEAMS_THEMES,
  violationsInEveryTheme,
  type TabHarness,
} from '../support/tab-harness';

const ADMIN = 'Claire Dubois';
const SPACE = 'DACH Enterprise';
const UNKNOWN_ID = '0b6f3c1e-4a8d-4f2b-9c3e-2d1a5b7e9f01';
const CHANNEL = { teamId: 'team-dach', channelId: '19:dach@thread.tacv2', channelName: 'Sales' };

const COLLEAGUE = 'Jonas Becker';
/** The app id `npm start` gives its bot when TEAMS_APP_ID is not set. */
const LOCAL_APP_ID = 'local';

type Lead = { id: string; firstName?: string; lastName?: string };
type Deal = { id: string; name: string; version: number };
type Space = {
  id: string;
  name: string;
  version: number;
  channelId?: string;
  channelTabEntityId?: string;
};
type CardContent = { body: unknown[]; actions?: { type: string; title: string; url?: string }[] };
type Sent = { activity: { attachments?: { content: CardContent }[] } };

describe('the tab inside Teams (host emulator)', () => {
  let h: TabHarness;
  let teams: TeamsHostServer;
  let token = '';

  const open = (options: Partial<TeamsHostOptions>) =>
    teams.open(h.browser, {
      contentUrl: `${h.tabUrl}/#/my`,
      frameContext: 'content',
      token,
      user: h.user(ADMIN),
      ...options,
    });

  const apiSend = async <T>(
    name: string,
    method: string,
    path: string,
    version: number | undefined,
    body: unknown,
  ): Promise<T> => {
    const response = await fetch(`${h.apiUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await h.token(name)}`,
        'content-type': 'application/json',
        ...(version === undefined ? {} : { 'if-match': `"${version}"` }),
      },
      body: JSON.stringify(body),
    });
    expect(response.status, await response.clone().text()).toBeLessThan(300);
    return (await response.json()) as T;
  };

  beforeAll(async () => {
    teams = await startTeamsHost();
    h = await startTabHarness({ teamsTestOrigin: teams.origin });
    token = await h.token(ADMIN);
  }, 240_000);

  afterAll(async () => {
    await h?.close();
    await teams?.close();
  }, 60_000);

  it('signs in with the SSO token, re-themes on a theme change without a reload', async () => {
    const host = await open({});
    const { tab } = host;
    await tab.getByRole('navigation').waitFor({ timeout: 90_000 });
    expect(await tab.getByRole('heading', { name: /sign in/i }).count()).toBe(0);
    expect(await host.calls()).toContain('authentication.getAuthToken');
    expect(host.apiAuthorizations()).toEqual([`Bearer ${token}`]);

    const background = () =>
      tab.getByTestId('app-root').evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(await background()).toBe(rgbOf(TEAMS_THEMES.light.colorNeutralBackground3));
    await tab.evaluate(() => Object.assign(window, { loadedOnce: true }));
    await host.changeTheme('dark');
    await expect
      .poll(background, { timeout: 10_000 })
      .toBe(rgbOf(TEAMS_THEMES.dark.colorNeutralBackground3));
    expect(await tab.evaluate(() => 'loadedOnce' in window)).toBe(true);
    await host.page.context().close();
  }, 180_000);

  it('opens the record a subPageId names, and a clear page for one it cannot show', async () => {
    const { items } = await h.apiGet<{ items: Lead[] }>(ADMIN, '/leads?limit=20');
    const lead = items.find((l) => l.firstName && l.lastName)!;
    const host = await open({ subPageId: `lead:${lead.id}` });
    // Once shown, the page notes the view for the user's recently viewed records (the bot's search).
    const noted = host.page.waitForResponse(
      (r) => r.url().endsWith('/api/me/recent') && r.request().method() === 'POST',
      { timeout: 90_000 },
    );
    await host.tab
      .getByRole('heading', { name: `${lead.firstName} ${lead.lastName}`, level: 1 })
      .waitFor({ timeout: 90_000 });
    const view = await noted;
    expect(view.status()).toBe(204);
    expect(view.request().postDataJSON()).toEqual({ type: 'lead', id: lead.id });
    await host.page.context().close();

    const unknown = await open({ subPageId: `lead:${UNKNOWN_ID}` });
    await unknown.tab.getByText('Not found, or not shared with you').waitFor({ timeout: 90_000 });
    await unknown.page.context().close();
  }, 180_000);

  it("shares a record through Teams' share dialog: the link on the tab's domain that the bot unfurls", async () => {
    const { items } = await h.apiGet<{ items: Lead[] }>(ADMIN, '/leads?limit=20');
    const lead = items.find((l) => l.firstName && l.lastName)!;
    const host = await open({ contentUrl: `${h.tabUrl}/#/leads/${lead.id}` });
    await host.tab.getByRole('button', { name: 'Share to chat' }).click({ timeout: 90_000 });
    await expect
      .poll(() => host.shared(), { timeout: 10_000 })
      .toEqual([
        { content: [{ type: 'URL', url: `${h.tabUrl}/#/leads/${lead.id}`, preview: true }] },
      ]);
    expect(await host.tab.getByText('Link copied').count()).toBe(0);
    await host.page.context().close();
  }, 180_000);

  it('saves the chosen space from the configuration page; the channel tab opens it and a deep-linked deal', async () => {
    const config = await open({
      contentUrl: `${h.tabUrl}/#/config`,
      frameContext: 'settings',
      channel: CHANNEL,
    });
    await config.tab.getByRole('radio', { name: SPACE }).check({ timeout: 90_000 });
    const saved = await config.save();
    const spaces = (await h.apiGet<{ items: Space[] }>(ADMIN, '/spaces')).items;
    const space = spaces.find((s) => s.name === SPACE)!;
    expect(saved).toMatchObject({ result: 'success', settings: { entityId: space.id } });
    expect(space.channelId).toBe(CHANNEL.channelId);
    await config.page.context().close();

    const deals = await h.apiGet<{ items: Deal[] }>(ADMIN, `/opportunities?spaceId=${space.id}`);
    const deal = deals.items[0]!;
    const channel = await open({
      contentUrl: `${h.tabUrl}/#/opportunities`,
      channel: CHANNEL,
      subPageId: `opportunity:${deal.id}`,
    });
    await channel.tab
      .getByRole('heading', { name: deal.name, level: 1 })
      .waitFor({ timeout: 90_000 });
    await channel.tab.getByText(SPACE, { exact: true }).first().waitFor();
    expect(await channel.tab.getByRole('combobox', { name: 'Space' }).count()).toBe(0);
    await channel.page.context().close();
  }, 180_000);

  it("pins one pipeline's board and one deal as channel tabs; each opens straight on it", async () => {
    const space = (await h.apiGet<{ items: Space[] }>(ADMIN, '/spaces')).items.find(
      (s) => s.name === SPACE,
    )!;
    const suffix = Date.now().toString(36);
    const pipeline = await apiSend<{ id: string; name: string }>(
      ADMIN,
      'POST',
      `/spaces/${space.id}/pipelines`,
      undefined,
      {
        name: `Renewals ${suffix}`,
        stages: [
          { name: `Due ${suffix}`, probability: 40, kind: 'open' },
          { name: 'Renewed', probability: 100, kind: 'won' },
          { name: 'Churned', probability: 0, kind: 'lost' },
        ],
      },
    );
    const configure = async (pick: (tab: TeamsHost['tab']) => Promise<void>) => {
      const config = await open({
        contentUrl: `${h.tabUrl}/#/config`,
        frameContext: 'settings',
        channel: CHANNEL,
      });
      await config.tab.getByRole('radio', { name: SPACE }).check({ timeout: 90_000 });
      await pick(config.tab);
      const saved = await config.save();
      await config.page.context().close();
      expect(saved.result).toBe('success');
      return saved.settings!;
    };
    const openPinned = (settings: { entityId: string; contentUrl: string }) =>
      open({ ...settings, channel: CHANNEL });

    const board = await configure(async (tab) => {
      await tab.getByRole('radio', { name: "One pipeline's board" }).check();
      await tab.getByRole('combobox', { name: 'Pipeline' }).selectOption({ label: pipeline.name });
    });
    expect(board).toMatchObject({
      entityId: `${space.id}:pipeline:${pipeline.id}`,
      contentUrl: `${h.tabUrl}/#/opportunities?pipeline=${pipeline.id}`,
      websiteUrl: `${h.tabUrl}/#/opportunities?pipeline=${pipeline.id}`,
    });
    const boardTab = await openPinned(board);
    await boardTab.tab.getByText(`Due ${suffix}`).waitFor({ timeout: 90_000 });
    expect(await boardTab.tab.getByRole('combobox', { name: 'Pipeline' }).inputValue()).toBe(
      pipeline.id,
    );
    await boardTab.page.context().close();

    const deal = await apiSend<Deal>(ADMIN, 'POST', '/opportunities', undefined, {
      spaceId: space.id,
      name: `Pinned deal ${suffix}`,
    });
    const record = await configure(async (tab) => {
      await tab.getByRole('radio', { name: 'One record' }).check();
      await tab.getByRole('combobox', { name: 'Record' }).pressSequentially(deal.name);
      await tab.getByRole('option', { name: `${deal.name} (Deal)` }).click({ timeout: 30_000 });
    });
    expect(record).toMatchObject({
      entityId: `${space.id}:opportunity:${deal.id}`,
      contentUrl: `${h.tabUrl}/#/opportunities/${deal.id}`,
    });
    // The space remembers the tab last pinned in its channel, for the bot's "Open in channel".
    const pinnedSpace = await h.apiGet<Space>(ADMIN, `/spaces/${space.id}`);
    expect(pinnedSpace.channelTabEntityId).toBe(record.entityId);
    const recordTab = await openPinned(record);
    await recordTab.tab
      .getByRole('heading', { name: deal.name, level: 1 })
      .waitFor({ timeout: 90_000 });
    await recordTab.page.context().close();
  }, 240_000);

  it('offers what a channel tab shows on an accessible configuration page, in every theme', async () => {
    const found = await violationsInEveryTheme(h, ADMIN, async (page, _theme, scan) => {
      await page.evaluate(() => (window.location.hash = '/config'));
      await page.getByRole('radio', { name: SPACE }).check({ timeout: 30_000 });
      await page.getByRole('radio', { name: "One pipeline's board" }).check();
      await page.getByRole('combobox', { name: 'Pipeline' }).waitFor();
      await scan('config-pipeline');
      await page.getByRole('radio', { name: 'One record' }).check();
      await page.getByRole('combobox', { name: 'Record' }).waitFor();
      await scan('config-record');
    });
    expect(found).toEqual({});
  }, 180_000);

  it("clicks a card's Open in tab and Open in channel; each lands on the deal in its tab, the channel's pinned to a pipeline", async () => {
    const space = (await h.apiGet<{ items: Space[] }>(ADMIN, '/spaces')).items.find(
      (s) => s.name === SPACE,
    )!;
    const {
      items: [pipeline],
    } = await h.apiGet<{ items: { id: string }[] }>(ADMIN, `/spaces/${space.id}/pipelines`);
    const pipelineTab = {
      entityId: `${space.id}:pipeline:${pipeline!.id}`,
      contentUrl: `${h.tabUrl}/#/opportunities?pipeline=${pipeline!.id}`,
    };
    await apiSend(ADMIN, 'PATCH', `/spaces/${space.id}`, space.version, {
      teamId: CHANNEL.teamId,
      channelId: CHANNEL.channelId,
      channelTabEntityId: pipelineTab.entityId,
    });
    const name = `Deep link ${Date.now().toString(36)}`;
    const deal = await apiSend<Deal>(ADMIN, 'POST', '/opportunities', undefined, {
      spaceId: space.id,
      name,
    });
    // The new owner gets a card from the bot, through the local Bot Connector.
    const colleague = h.user(COLLEAGUE);
    await apiSend(ADMIN, 'PATCH', `/opportunities/${deal.id}`, deal.version, {
      ownerId: colleague.id,
    });
    let card: CardContent | undefined;
    await expect
      .poll(
        async () => {
          const sent = (await (
            await fetch(`${h.app.urls.outbox}?userId=${encodeURIComponent(colleague.id)}`)
          ).json()) as Sent[];
          card = sent
            .map((e) => e.activity.attachments?.[0]?.content)
            .find((c) => JSON.stringify(c?.body).includes(name));
          return card !== undefined;
        },
        { timeout: 30_000, interval: 250 },
      )
      .toBe(true);
    const links = (card!.actions ?? []).filter((a) => a.type === 'Action.OpenUrl');
    expect(links.map((a) => a.title)).toEqual(['Open in tab', 'Open in channel']);

    const client = await teams.deepLinks(h.browser, {
      appId: LOCAL_APP_ID,
      tabs: [
        { entityId: 'my-crm', contentUrl: `${h.tabUrl}/#/my` },
        { ...pipelineTab, channel: CHANNEL },
      ],
      token: await h.token(COLLEAGUE),
      user: colleague,
    });
    for (const link of links) {
      const host = await client.click(link.url!, link.title);
      await host.tab.getByRole('heading', { name, level: 1 }).waitFor({ timeout: 90_000 });
      const inChannel = link.title === 'Open in channel';
      // Only a channel tab is bound to its space: it offers no space to switch to.
      expect(await host.tab.getByRole('combobox', { name: 'Space' }).count()).toBe(
        inChannel ? 0 : 1,
      );
    }
    await client.page.context().close();
  }, 240_000);

  it('shows a browser link to a record it cannot find on an accessible page, in every theme', async () => {
    const found = await violationsInEveryTheme(h, ADMIN, async (page, _theme, scan) => {
      await page.evaluate((id) => (window.location.hash = `/opportunities/${id}`), UNKNOWN_ID);
      await page.getByText('Not found, or not shared with you').waitFor({ timeout: 30_000 });
      await scan('record-not-found');
    });
    expect(found).toEqual({});
  }, 180_000);
});
