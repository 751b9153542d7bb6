import { createGraphMeetingDirectory } from '@channel-crm/bot';
import type { Pipeline, TimelineEntry } from '@channel-crm/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeGraphToken, startGraphFake, type GraphFake } from '../support/graph-fake';
import { startTabHarness, violationsInEveryTheme, type TabHarness } from '../support/tab-harness';
import { startTeamsHost, type TeamsHostServer } from '../support/teams-host';

const SELLER = 'Élodie Martin';
const CHAT = '19:meeting_TWVldGluZ1BhbmVsVGVzdA@thread.v2';
const QUIET_CHAT = '19:meeting_Tm9Db250YWN0c0ludml0ZWQ@thread.v2';
const TOPIC = 'Sonnenhof steering committee';
const ACCOUNT = 'Sonnenhof Meeting GmbH';
const DEAL = 'Sonnenhof fleet renewal';
const NEXT = 'Send the revised offer';

type Created = { id: string };

describe('the meeting side panel (Teams host emulator)', () => {
  let graph: GraphFake;
  let teams: TeamsHostServer;
  let h: TabHarness;
  let deal: Created;
  let firstStage = '';

  beforeAll(async () => {
    graph = await startGraphFake({ chatFor: () => 'unused' });
    teams = await startTeamsHost();
    h = await startTabHarness({
      teamsTestOrigin: teams.origin,
      meetings: createGraphMeetingDirectory({ graphUrl: graph.url, token: fakeGraphToken }),
    });
    const seller = h.user(SELLER);
    const { space, pipeline } = await h.firstBoard(SELLER);
    firstStage = (pipeline as Pipeline).stages[0]!.name;
    const account = await h.apiSend<Created>(SELLER, 'POST', '/accounts', {
      name: ACCOUNT,
      spaceIds: [space.id],
    });
    await h.apiSend<Created>(SELLER, 'POST', '/contacts', {
      firstName: 'Heike',
      lastName: 'Sonnenhof',
      email: 'heike@sonnenhof.example',
      accountId: account.id,
      spaceIds: [space.id],
    });
    deal = await h.apiSend<Created>(SELLER, 'POST', '/opportunities', {
      spaceId: space.id,
      name: DEAL,
      accountId: account.id,
      amount: { amount: 1_250_000, currency: 'EUR' },
    });
    await h.apiSend<Created>(SELLER, 'POST', '/activities', {
      recordType: 'opportunity',
      recordId: deal.id,
      typeId: 'call',
      title: NEXT,
      dueAt: '2031-03-04T09:00:00Z',
    });
    const organizer = { userId: seller.id, email: 'elodie@contoso.example' };
    const member = { ...organizer, displayName: SELLER };
    graph.meeting({
      tenantId: seller.tenantId,
      chatId: CHAT,
      topic: TOPIC,
      organizer,
      members: [member],
      attendees: ['heike@sonnenhof.example'],
    });
    graph.meeting({
      tenantId: seller.tenantId,
      chatId: QUIET_CHAT,
      topic: 'Internal sync',
      organizer,
      members: [member],
      attendees: [],
    });
  }, 300_000);

  afterAll(async () => {
    await h?.close();
    await teams?.close();
    await graph?.close();
  }, 60_000);

  it("shows the invited contact's account with its deal, and a note written there lands on the deal", async () => {
    const host = await teams.open(h.browser, {
      contentUrl: `${h.tabUrl}/#/meeting`,
      frameContext: 'sidePanel',
      meeting: { chatId: CHAT, meetingId: 'MCMxOTptZWV0aW5n' },
      token: await h.token(SELLER),
      user: h.user(SELLER),
    });
    const { tab } = host;
    await tab
      .getByRole('heading', { level: 1, name: `Deals in ${TOPIC}` })
      .waitFor({ timeout: 90_000 });
    const account = tab.getByRole('region', { name: `${ACCOUNT}: open deals` });
    const card = account.getByRole('article', { name: DEAL });
    await expect
      .poll(() => card.getByRole('definition').allInnerTexts())
      .toEqual([firstStage, expect.stringContaining('12,500'), expect.stringContaining(NEXT)]);

    const composer = card.getByRole('textbox', { name: `Note on ${DEAL}` });
    await composer.fill('Heike asks for a second-hand option');
    await composer.press('Control+Enter');
    await card.getByRole('status').filter({ hasText: 'Note saved on the deal.' }).waitFor();
    expect(await composer.inputValue()).toBe('');

    const timeline = await h.apiGet<{ items: TimelineEntry[] }>(
      SELLER,
      `/opportunities/${deal.id}/timeline`,
    );
    expect(timeline.items.find((e) => e.kind === 'note')).toMatchObject({
      text: 'Heike asks for a second-hand option',
      meeting: { chatId: CHAT, title: TOPIC },
    });
    await host.page.context().close();

    const page = await h.signedIn(SELLER, { query: `#/opportunities/${deal.id}` });
    await page.getByText(`${SELLER} wrote a note in meeting ${TOPIC}`).waitFor({ timeout: 60_000 });
    await page.context().close();
  }, 240_000);

  it('saves the meeting panel from the configuration page in a meeting', async () => {
    const config = await teams.open(h.browser, {
      contentUrl: `${h.tabUrl}/#/config`,
      frameContext: 'settings',
      meeting: { chatId: CHAT, meetingId: 'MCMxOTptZWV0aW5n' },
      token: await h.token(SELLER),
      user: h.user(SELLER),
    });
    await config.tab
      .getByRole('heading', { name: 'Add Channel CRM to this meeting' })
      .waitFor({ timeout: 90_000 });
    const saved = await config.save();
    expect(saved.result).toBe('success');
    expect(saved.settings).toMatchObject({
      entityId: 'meeting-deals',
      contentUrl: `${new URL(h.tabUrl).origin}/#/meeting`,
    });
    await config.page.context().close();
  }, 180_000);

  it('says when no invitee is a contact, and is accessible in every theme', async () => {
    const violations = await violationsInEveryTheme(h, SELLER, async (page, _theme, scan) => {
      await page.evaluate((chat) => {
        window.location.hash = `#/meeting?chat=${encodeURIComponent(chat)}`;
      }, CHAT);
      await page.getByRole('article', { name: DEAL }).waitFor({ timeout: 60_000 });
      await scan('meeting');
      await page.evaluate((chat) => {
        window.location.hash = `#/meeting?chat=${encodeURIComponent(chat)}`;
      }, QUIET_CHAT);
      await page
        .getByText('No invitee is a contact of an account you can see.')
        .waitFor({ timeout: 60_000 });
      await scan('meeting-empty');
    });
    expect(violations).toEqual({});
  }, 300_000);
});
