import {
  browserRecordLink,
  teamsRecordLink,
  type Account,
  type Contact,
  type Lead,
  type Opportunity,
  type Pipeline,
} from '@channel-crm/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS } from '../support/demo-data';
import {
  cardAction,
  extensionQuery,
  groupChat,
  linkPasted,
  message,
  type TeamsUser,
} from '../support/bot-activities';
import {
  startBotHarness,
  teamsPerson,
  TEST_TAB_URL,
  type BotHarness,
} from '../support/bot-harness';
import { installPersonally } from '../support/bot-scenario';
import type { DeliveredActivity } from '../support/bot-connector-emulator';

type Action = {
  type: string;
  title?: string;
  url?: string;
  verb?: string;
  data?: Record<string, unknown>;
  card?: Card;
};
type Card = {
  body: unknown[];
  actions?: Action[];
  refresh?: { action: Action; userIds?: string[] };
};
type Result = {
  contentType: string;
  content: Card;
  preview: {
    contentType: string;
    content: { title: string; text: string; images: { url: string }[] };
  };
};
type ExtensionBody = {
  composeExtension: { type: string; text?: string; attachments?: Result[] };
};

let h: BotHarness;
let pipeline: Pipeline;
let opportunity: Opportunity;
let lead: Lead;
let privateAccount: Account;
let contact: Contact;
const france = DEMO_TENANTS[0]!.spaces[0]!.id;
const SEARCH = 'searchRecords';
const CHAT = '19:zephyr-deal-room@thread.v2';

const owner = teamsPerson('Élodie Martin');
const manager = teamsPerson('Jonas Becker');
const colleague = teamsPerson('Ioana Popescu');
const outsider = teamsPerson('Lukas Schmidt');
const otherTenant = teamsPerson('Andrei Ionescu');

async function extension(activity: unknown) {
  const reply = await h.post(activity);
  expect(reply.status).toBe(200);
  return (reply.body as ExtensionBody).composeExtension;
}

const search = (
  user: TeamsUser & { conversationId: string },
  query: { text?: string; skip?: number; count?: number; commandId?: string },
) =>
  extension(
    extensionQuery(h.emulator.serviceUrl, user, user.conversationId || CHAT, {
      commandId: SEARCH,
      ...query,
    }),
  );

const unfurl = (user: TeamsUser & { conversationId: string }, url: string) =>
  extension(linkPasted(h.emulator.serviceUrl, user, user.conversationId || CHAT, url));

/** The record ids a result's card acts on or opens. */
const recordIdsOf = (results: Result[] = []) =>
  results.map((r) => {
    const ids = [opportunity, lead, privateAccount, contact].map((x) => x.id);
    return ids.find((id) => JSON.stringify(r.content).includes(id));
  });

function actionWithVerb(card: Card, verb: string): Action {
  for (const a of card.actions ?? []) {
    if (a.verb === verb) return a;
    const inner = a.card && actionWithVerb(a.card, verb);
    if (inner) return inner;
  }
  throw new Error(`No ${verb} on the card`);
}

/** A press of `action` in the group chat, as `user`: the card Teams puts in its place. */
async function pressInChat(user: TeamsUser, action: Action, inputs = {}) {
  const press = cardAction(h.emulator.serviceUrl, user, CHAT, action.verb!, {
    ...action.data,
    ...inputs,
  });
  const reply = await h.post({ ...press, ...groupChat(user, CHAT) });
  expect(reply.status).toBe(200);
  return (reply.body as { value: Card }).value;
}

const cardOf = (d: DeliveredActivity) =>
  (d.activity.attachments as { content: Card }[] | undefined)?.map((a) => a.content) ?? [];
const repliesSince = (since: number) =>
  h.emulator.delivered.slice(since).filter((d) => d.kind === 'reply');

beforeAll(async () => {
  h = await startBotHarness();
  await installPersonally(h, [owner, colleague, outsider]);
  pipeline = (await h.t.app.store!.pipelines.listForSpace(owner.tenantId, france))[0]!;
  opportunity = await h.write('POST', '/opportunities', owner.userId, {
    spaceId: france,
    name: 'Zephyr fleet renewal',
  });
  lead = await h.write('POST', '/leads', owner.userId, {
    spaceId: france,
    firstName: 'Zoé',
    lastName: 'Marchal',
    company: 'Zephyr Motors',
    email: 'zoe.marchal@zephyr-motors.example',
  });
  privateAccount = await h.write('POST', '/accounts', owner.userId, {
    name: 'Zephyr Holdings',
    private: true,
    spaceIds: [france],
  });
  contact = await h.write('POST', '/contacts', owner.userId, {
    lastName: 'Vasseur',
    email: 'paul.vasseur@zephyr-motors.example',
    spaceIds: [france],
  });
}, 120_000);
afterAll(() => h?.close());

describe('the search message extension', () => {
  it('finds leads, deals, accounts and contacts by name, company or e-mail, each with its card', async () => {
    const answer = await search(owner, { text: 'zephyr' });
    expect(answer.type).toBe('result');
    const results = answer.attachments!;
    expect(new Set(recordIdsOf(results))).toEqual(
      new Set([opportunity.id, lead.id, privateAccount.id, contact.id]),
    );
    for (const r of results) {
      expect(r.contentType).toBe('application/vnd.microsoft.card.adaptive');
      expect(r.preview.content.images[0]!.url).toMatch(/^data:image\/svg\+xml;base64,/);
    }
    const leadResult = results[recordIdsOf(results).indexOf(lead.id)]!;
    expect(leadResult.preview.content).toMatchObject({ title: 'Zoé Marchal' });
    expect(leadResult.preview.content.text).toContain('Zephyr Motors');
    const initials = Buffer.from(
      leadResult.preview.content.images[0]!.url.split(',')[1]!,
      'base64',
    ).toString();
    expect(initials).toContain('>ÉM</text>');
    // The deal's card is the notifier's Universal Action card, refreshed for each viewer: all
    // of the conversation it is shared in (no userIds), not only the deal's people.
    const dealCard = results[recordIdsOf(results).indexOf(opportunity.id)]!.content;
    expect(dealCard.refresh?.action.verb).toBe('refresh');
    expect(dealCard.refresh).not.toHaveProperty('userIds');
  });

  it('shows each user only what they may see: never another’s private account', async () => {
    const colleagueSees = recordIdsOf((await search(colleague, { text: 'zephyr' })).attachments);
    expect(new Set(colleagueSees)).toEqual(new Set([opportunity.id, lead.id, contact.id]));
    expect((await search(outsider, { text: 'zephyr' })).attachments).toEqual([]);
    expect((await search(otherTenant, { text: 'zephyr' })).attachments).toEqual([]);
  });

  it('inserts an account card that, on refresh, shows a viewer who may not see it no data', async () => {
    const results = (await search(owner, { text: 'zephyr holdings' })).attachments!;
    expect(recordIdsOf(results)).toEqual([privateAccount.id]);
    const refresh = results[0]!.content.refresh!.action;
    expect(refresh.verb).toBe('summary.refresh');
    expect(JSON.stringify(await pressInChat(owner, refresh))).toContain('Zephyr Holdings');
    const hidden = JSON.stringify(await pressInChat(colleague, refresh));
    expect(hidden).toContain('Not available');
    expect(hidden).not.toContain('Zephyr Holdings');
  });

  it('pages with skip and count through all of them, none twice', async () => {
    const first = recordIdsOf((await search(owner, { text: 'zephyr', count: 3 })).attachments);
    const second = recordIdsOf(
      (await search(owner, { text: 'zephyr', skip: 3, count: 3 })).attachments,
    );
    expect(first).toHaveLength(3);
    expect(second).toHaveLength(1);
    expect(new Set([...first, ...second])).toEqual(
      new Set([opportunity.id, lead.id, privateAccount.id, contact.id]),
    );
    expect((await search(owner, { text: 'zephyr', skip: 4 })).attachments).toEqual([]);
  });

  it('opens on the user’s own records, most recently changed first', async () => {
    const answer = await search(owner, {});
    const ids = recordIdsOf(answer.attachments).filter(Boolean);
    expect(ids).toEqual([contact.id, privateAccount.id, lead.id, opportunity.id]);
  });

  it('answers a command it does not have with a message and no results', async () => {
    const answer = await search(owner, { text: 'zephyr', commandId: 'createFromMessage' });
    expect(answer).toEqual({ type: 'message', text: 'This search is not one I know.' });
  });
});

describe('link unfurling', () => {
  const tabLink = (record: { id: string }, type: 'opportunity' | 'account') =>
    browserRecordLink(TEST_TAB_URL, { type, id: record.id });

  it('turns the tab’s link to a record, or a Teams link to it, into its live card', async () => {
    const fromBrowser = await unfurl(owner, tabLink(opportunity, 'opportunity'));
    expect(recordIdsOf(fromBrowser.attachments)).toEqual([opportunity.id]);
    expect(fromBrowser.attachments![0]!.content.refresh?.action.verb).toBe('refresh');
    const teamsLink = teamsRecordLink(
      { appId: 'test-app', entityId: 'my-crm', webUrl: tabLink(opportunity, 'opportunity') },
      { type: 'opportunity', id: opportunity.id },
    );
    expect(recordIdsOf((await unfurl(colleague, teamsLink)).attachments)).toEqual([opportunity.id]);
  });

  it('answers nothing for a foreign link or a record the user may not see', async () => {
    const foreign = `https://elsewhere.example/#/opportunities/${opportunity.id}`;
    expect(await unfurl(owner, foreign)).toEqual({
      type: 'result',
      attachmentLayout: 'list',
      attachments: [],
    });
    expect((await unfurl(outsider, tabLink(opportunity, 'opportunity'))).attachments).toEqual([]);
    expect((await unfurl(colleague, tabLink(privateAccount, 'account'))).attachments).toEqual([]);
    expect((await unfurl(owner, `${TEST_TAB_URL}#/opportunities/not-an-id`)).attachments).toEqual(
      [],
    );
  });
});

describe('a card inserted in a group chat', () => {
  it('lets a member who may edit act on it, and refuses those who may not', async () => {
    const [inserted] = (await search(owner, { text: 'Zephyr fleet' })).attachments!;
    expect(recordIdsOf([inserted!])).toEqual([opportunity.id]);
    const move = actionWithVerb(inserted!.content, 'opportunity.moveStage');
    const target = pipeline.stages.filter((s) => s.kind === 'open')[1]!;

    const notTheirs = await pressInChat(colleague, move, { stageId: target.id });
    expect(JSON.stringify(notTheirs)).toContain('Not allowed');
    const refused = await pressInChat(outsider, move, { stageId: target.id });
    expect(JSON.stringify(refused)).toContain('Not available');
    expect(JSON.stringify(refused)).not.toContain('Zephyr fleet');
    const hidden = await pressInChat(outsider, inserted!.content.refresh!.action);
    expect(JSON.stringify(hidden)).not.toContain('Zephyr fleet');
    const unchanged = await h.t.app.store!.opportunities.get(owner.tenantId, opportunity.id);
    expect(unchanged!.stageId).toBe(opportunity.stageId);

    const moved = await pressInChat(manager, move, { stageId: target.id });
    expect(JSON.stringify(moved)).toContain(target.name);
    const after = await h.t.app.store!.opportunities.get(owner.tenantId, opportunity.id);
    expect(after).toMatchObject({ stageId: target.id, updatedBy: manager.userId });
  });
});

describe('bot commands', () => {
  it('find covers contacts and accounts too', async () => {
    const since = h.emulator.delivered.length;
    await h.post(message(h.emulator.serviceUrl, owner, owner.conversationId, 'find zephyr'));
    await h.emulator.waitFor(() => repliesSince(since).length === 1);
    const cards = JSON.stringify(cardOf(repliesSince(since)[0]!));
    for (const name of ['Zephyr fleet renewal', 'Zoé Marchal', 'Zephyr Holdings', 'Vasseur'])
      expect(cards).toContain(name);
  });

  it('new lead creates a lead owned by the user in their CRM and answers its card', async () => {
    const since = h.emulator.delivered.length;
    await h.post(
      message(h.emulator.serviceUrl, owner, owner.conversationId, 'new lead Ana Pop, Quillfeather'),
    );
    await h.emulator.waitFor(() => repliesSince(since).length === 1);
    expect(JSON.stringify(cardOf(repliesSince(since)[0]!))).toContain('Lead created');
    const created = await h.t.app.store!.leads.list(
      owner.tenantId,
      { scope: { viewerId: owner.userId }, text: 'quillfeather' },
      { limit: 5 },
    );
    expect(created.items).toHaveLength(1);
    expect(created.items[0]).toMatchObject({
      firstName: 'Ana',
      lastName: 'Pop',
      company: 'Quillfeather',
      spaceId: france,
      ownerId: owner.userId,
    });
  });

  it('new lead delivered twice by Teams (same activity id) creates one lead and answers alike', async () => {
    const since = h.emulator.delivered.length;
    const activity = message(
      h.emulator.serviceUrl,
      owner,
      owner.conversationId,
      'new lead Radu Ene, Wrenbrook',
    );
    await h.post(activity);
    await h.emulator.waitFor(() => repliesSince(since).length === 1);
    await h.post(activity);
    await h.emulator.waitFor(() => repliesSince(since).length === 2);
    const created = await h.t.app.store!.leads.list(
      owner.tenantId,
      { scope: { viewerId: owner.userId }, text: 'wrenbrook' },
      { limit: 5 },
    );
    expect(created.items).toHaveLength(1);
    const [first, second] = repliesSince(since).map((d) => JSON.stringify(cardOf(d)));
    for (const reply of [first, second]) {
      expect(reply).toContain('Lead created');
      expect(reply).toContain(created.items[0]!.id);
    }
  });

  it('new lead without a name says how to write it', async () => {
    const since = h.emulator.delivered.length;
    await h.post(message(h.emulator.serviceUrl, owner, owner.conversationId, 'new lead'));
    await h.emulator.waitFor(() => repliesSince(since).length === 1);
    expect(JSON.stringify(cardOf(repliesSince(since)[0]!))).toContain(
      'Tell me the lead’s name and company',
    );
  });
});

describe('recently viewed records', () => {
  const view = (user: TeamsUser, type: string, id: string) =>
    h.write('POST', '/me/recent', user.userId, { type, id });

  it('open the empty search, newest view first: one hidden since left out, a merged one its survivor', async () => {
    const duplicate = await h.write<Contact>('POST', '/contacts', owner.userId, {
      firstName: 'Paul',
      lastName: 'Vasseur',
      spaceIds: [france],
    });
    const madePrivate = await h.write<Account>('POST', '/accounts', owner.userId, {
      name: 'Zephyr Leasing',
      spaceIds: [france],
    });
    await view(colleague, 'lead', lead.id);
    await view(colleague, 'account', madePrivate.id);
    await view(colleague, 'opportunity', opportunity.id);
    await view(colleague, 'contact', duplicate.id);
    await h.write(
      'PATCH',
      `/accounts/${madePrivate.id}`,
      owner.userId,
      { private: true },
      madePrivate.version,
    );
    const survivor = (await h.t.app.store!.contacts.get(owner.tenantId, contact.id))!;
    await h.write(
      'POST',
      `/contacts/${contact.id}/merge`,
      owner.userId,
      { mergedId: duplicate.id },
      survivor.version,
    );

    const answer = await search(colleague, {});
    expect(recordIdsOf(answer.attachments)).toEqual([contact.id, opportunity.id, lead.id]);
    const paged = await search(colleague, { skip: 1, count: 1 });
    expect(recordIdsOf(paged.attachments)).toEqual([opportunity.id]);
  });

  it('refuses a view of a record the user may not see, and keeps nothing of it', async () => {
    const reply = await h.t.request('POST', '/me/recent', {
      token: await h.t.tokenFor(colleague.userId),
      body: { type: 'account', id: privateAccount.id },
    });
    expect(reply.status).toBe(404);
    const answer = await search(colleague, {});
    expect(recordIdsOf(answer.attachments)).not.toContain(privateAccount.id);
  });

  it('refuses a view of what is not a record at its field', async () => {
    const reply = await h.t.request('POST', '/me/recent', {
      token: await h.t.tokenFor(colleague.userId),
      body: { type: 'deal', id: 'not-an-id' },
    });
    expect(reply.status).toBe(400);
    const errors = (reply.body as { errors?: { path: string }[] }).errors ?? [];
    expect(errors.map((e) => e.path).sort()).toEqual(['id', 'type']);
  });
});

describe('Open in channel', () => {
  it("opens the record in its space's channel tab even when that tab is pinned to a pipeline", async () => {
    const space = (await h.t.app.store!.spaces.get(owner.tenantId, france))!;
    const pipelineTab = `${france}:pipeline:${pipeline.id}`;
    await h.write(
      'PATCH',
      `/spaces/${france}`,
      manager.userId,
      {
        teamId: 'team-france',
        channelId: '19:ventes@thread.tacv2',
        channelTabEntityId: pipelineTab,
      },
      space.version,
    );
    const [inserted] = (await search(owner, { text: 'Zoé Marchal' })).attachments!;
    const open = inserted!.content.actions!.find((a) => a.title === 'Open in channel');
    const url = new URL(open!.url!);
    expect(decodeURIComponent(url.pathname)).toBe(`/l/entity/test-app/${pipelineTab}`);
    expect(JSON.parse(url.searchParams.get('context')!)).toEqual({
      subEntityId: `lead:${lead.id}`,
      channelId: '19:ventes@thread.tacv2',
    });
  });
});
