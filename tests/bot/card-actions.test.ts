import type { Opportunity, Pipeline } from '@channel-crm/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS } from '../support/demo-data';
import { cardAction, message, type TeamsUser } from '../support/bot-activities';
import { startBotHarness, teamsPerson, type BotHarness } from '../support/bot-harness';
import { followedOpportunity, installPersonally } from '../support/bot-scenario';
import type { DeliveredActivity } from '../support/bot-connector-emulator';

type Card = { body: unknown[]; actions?: CardAction[]; refresh?: { userIds: string[] } };
type CardAction = {
  type: string;
  title: string;
  verb?: string;
  data?: Record<string, unknown>;
  card?: { actions: CardAction[] };
};
type InvokeBody = { statusCode: number; type: string; value: Card };

let h: BotHarness;
let opportunity: Opportunity;
let pipeline: Pipeline;
const france = DEMO_TENANTS[0]!.spaces[0]!.id;

const admin = teamsPerson('Claire Dubois');
const owner = teamsPerson('Élodie Martin');
const manager = teamsPerson('Jonas Becker');
const follower = teamsPerson('Ioana Popescu');
const outsider = teamsPerson('Lukas Schmidt');
const otherTenant = teamsPerson('Andrei Ionescu');

const cardOf = (d: DeliveredActivity) =>
  (d.activity.attachments as { content: Card }[] | undefined)?.[0]?.content;
const textOf = (card: Card | undefined) => JSON.stringify(card?.body ?? []);
const deliveredTo = (userId: string, since: number) =>
  h.emulator.delivered.slice(since).filter((d) => d.userId === userId && d.kind === 'send');

/** The Action.Execute of a card's Show card action titled `title` (or a top-level one). */
function executeOf(card: Card, title: string): CardAction {
  for (const a of card.actions ?? []) {
    if (a.title === title && a.type === 'Action.Execute') return a;
    const inner = a.title === title ? a.card?.actions[0] : undefined;
    if (inner) return inner;
  }
  throw new Error(`No ${title} on the card`);
}

async function invoke(
  user: TeamsUser & { conversationId: string },
  action: CardAction,
  inputs = {},
) {
  const reply = await h.post(
    cardAction(h.emulator.serviceUrl, user, user.conversationId, action.verb!, {
      ...action.data,
      ...inputs,
    }),
  );
  expect(reply.status).toBe(200);
  const body = reply.body as InvokeBody;
  expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
  return body.value;
}

const current = async () =>
  (await h.t.app.store!.opportunities.get(owner.tenantId, opportunity.id))!;

const api = (method: string, path: string, userId: string, body?: unknown, version?: number) =>
  h.write<Opportunity>(method, path, userId, body, version);

/** What the outbox timer does; the sender's polling loop then posts the cards. */
const dispatch = () => h.runtime.dispatcher.sweep();

let stageChangeAt = 0;

beforeAll(async () => {
  h = await startBotHarness();
  await installPersonally(h, [admin, owner, manager, follower, outsider, otherTenant]);
  pipeline = (await h.t.app.store!.pipelines.listForSpace(owner.tenantId, france))[0]!;
  opportunity = await followedOpportunity(h, owner, { spaceId: france, name: 'Fleet renewal' }, [
    manager,
    follower,
  ]);
  await dispatch();
  // Following notifies: the owner hears of both followers, the manager of the second one.
  await h.emulator.waitFor(
    () => deliveredTo(owner.userId, 0).length === 2 && deliveredTo(manager.userId, 0).length === 1,
  );

  stageChangeAt = h.emulator.delivered.length;
  const next = pipeline.stages.filter((s) => s.kind === 'open')[1]!;
  opportunity = await api(
    'PATCH',
    `/opportunities/${opportunity.id}/stage`,
    admin.userId,
    { stageId: next.id },
    opportunity.version,
  );
  await dispatch();
  await h.emulator.waitFor(() =>
    [owner, manager, follower].every((u) => deliveredTo(u.userId, stageChangeAt).length > 0),
  );
}, 120_000);
afterAll(() => h?.close());

describe('the bot over /api/messages', () => {
  it('welcomes each user who installs it in their personal chat', () => {
    const welcomes = h.emulator.delivered.filter((d) => d.kind === 'reply');
    expect(new Set(welcomes.map((d) => d.userId))).toEqual(
      new Set([admin, owner, manager, follower, outsider, otherTenant].map((u) => u.userId)),
    );
  });

  it('sends one card per subscriber and owner for a stage change through the API, none to the actor', async () => {
    await new Promise((r) => setTimeout(r, 500));
    for (const u of [owner, manager, follower])
      expect(deliveredTo(u.userId, stageChangeAt)).toHaveLength(1);
    expect(deliveredTo(admin.userId, stageChangeAt)).toHaveLength(0);
    expect(deliveredTo(outsider.userId, stageChangeAt)).toHaveLength(0);
    const card = cardOf(deliveredTo(manager.userId, stageChangeAt)[0]!)!;
    expect(textOf(card)).toContain('Claire Dubois moved this deal');
    expect(card.refresh?.userIds).toEqual(
      expect.arrayContaining([manager.userId, follower.userId]),
    );
  });

  it('lets a manager who follows the deal move the stage from the card, as themselves', async () => {
    const card = cardOf(deliveredTo(manager.userId, stageChangeAt)[0]!)!;
    const move = executeOf(card, 'Move stage');
    const target = pipeline.stages.filter((s) => s.kind === 'open')[2]!;
    const before = await current();
    const refreshed = await invoke(manager, move, { stageId: target.id });
    const after = await current();
    expect(after.stageId).toBe(target.id);
    expect(after.version).toBe(before.version + 1);
    expect(after.updatedBy).toBe(manager.userId);
    expect(textOf(refreshed)).toContain(target.name);
    await dispatch();
    const history = await h.t.app.store!.timeline.listAllForRecord(owner.tenantId, opportunity.id);
    expect(
      history.some(
        (e) => e.eventType === 'opportunity.stage_changed' && e.actorId === manager.userId,
      ),
    ).toBe(true);

    // The same press again (double click) and the same invoke replayed change nothing twice.
    const again = await invoke(manager, move, { stageId: target.id });
    const replayed = await invoke(manager, move, { stageId: target.id });
    expect((await current()).version).toBe(after.version);
    expect(textOf(again)).toContain(target.name);
    expect(textOf(replayed)).not.toContain('not applied');
  });

  it('answers a stale card with the current one and a line saying so, overwriting nothing', async () => {
    const card = cardOf(deliveredTo(owner.userId, stageChangeAt)[0]!)!;
    const target = pipeline.stages.filter((s) => s.kind === 'open')[0]!;
    const before = await current();
    const answer = await invoke(owner, executeOf(card, 'Move stage'), { stageId: target.id });
    expect(await current()).toEqual(before);
    expect(textOf(answer)).toContain('Jonas Becker changed this deal after your card was sent');
    expect(JSON.stringify(answer)).toContain(`"version":${before.version}`);
  });

  it('refuses with an error card, changing nothing: no edit rights, hidden record, other tenant', async () => {
    const card = cardOf(deliveredTo(manager.userId, stageChangeAt)[0]!)!;
    const latest = await current();
    const move = executeOf(card, 'Move stage');
    const fresh = {
      ...move,
      data: { ...move.data, version: latest.version, actionId: crypto.randomUUID() },
    };
    const target = { stageId: pipeline.stages.filter((s) => s.kind === 'open')[0]!.id };
    const followerCard = cardOf(deliveredTo(follower.userId, stageChangeAt)[0]!)!;
    expect(JSON.stringify(followerCard.actions)).not.toContain('Move stage');

    expect(textOf(await invoke(follower, fresh, target))).toContain('Not allowed');
    expect(textOf(await invoke(outsider, fresh, target))).toContain('Not available');
    expect(textOf(await invoke(otherTenant, fresh, target))).toContain('Not available');
    expect(await current()).toEqual(latest);
  });

  it('shows each viewer the current state on refresh and writes nothing', async () => {
    const card = cardOf(deliveredTo(follower.userId, stageChangeAt)[0]!)!;
    const before = await current();
    const timeline = await h.t.app.store!.timeline.listAllForRecord(owner.tenantId, opportunity.id);
    const refresh = {
      verb: 'refresh',
      data: card.refresh ? executeRefreshData(card) : {},
    } as CardAction;
    const refreshed = await invoke(follower, refresh);
    const stage = pipeline.stages.find((s) => s.id === before.stageId)!;
    expect(textOf(refreshed)).toContain(stage.name);
    expect(JSON.stringify(refreshed.actions)).not.toContain('Move stage');
    expect(await current()).toEqual(before);
    expect(await h.t.app.store!.timeline.listAllForRecord(owner.tenantId, opportunity.id)).toEqual(
      timeline,
    );
  });

  it('takes a note from a follower without edit rights, says so, and tells the others', async () => {
    const card = cardOf(deliveredTo(follower.userId, stageChangeAt)[0]!)!;
    const before = await current();
    const since = h.emulator.delivered.length;
    const answer = await invoke(follower, executeOf(card, 'Add note'), {
      note: 'Their CFO asked for a second quote',
    });
    expect(textOf(answer)).toContain('Your note is on the timeline');
    expect((await current()).version).toBe(before.version);
    const timeline = await h.t.app.store!.timeline.listAllForRecord(owner.tenantId, opportunity.id);
    expect(
      timeline.filter((e) => e.kind === 'note' && e.actorId === follower.userId).map((e) => e.text),
    ).toEqual(['Their CFO asked for a second quote']);
    await h.emulator.waitFor(() =>
      deliveredTo(owner.userId, since).some((d) =>
        textOf(cardOf(d)).includes('Ioana Popescu added a note: Their CFO asked'),
      ),
    );
  });

  it('answers my deals and find in the personal chat', async () => {
    const since = h.emulator.delivered.length;
    await h.post(message(h.emulator.serviceUrl, owner, owner.conversationId, 'my deals'));
    await h.post(
      message(
        h.emulator.serviceUrl,
        owner,
        owner.conversationId,
        '<at>Channel CRM</at>find fleet\n',
      ),
    );
    const replies = h.emulator.delivered.slice(since).filter((d) => d.kind === 'reply');
    expect(replies).toHaveLength(2);
    expect(textOf(cardOf(replies[0]!))).toContain('Your open deals');
    expect(JSON.stringify(replies[0]!.activity)).toContain('Fleet renewal');
    expect(textOf(cardOf(replies[1]!))).toContain('Fleet renewal');
  });
});

function executeRefreshData(card: Card) {
  const refresh = card.refresh as unknown as { action: { data: Record<string, unknown> } };
  return refresh.action.data;
}
