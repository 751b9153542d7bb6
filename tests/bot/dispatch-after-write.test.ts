import type { Opportunity, Pipeline } from '@channel-crm/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_TENANTS } from '../support/demo-data';
import { cardAction } from '../support/bot-activities';
import { startBotHarness, teamsPerson, type BotHarness } from '../support/bot-harness';
import { followedOpportunity, installPersonally } from '../support/bot-scenario';

// The outbox sweep timer is off and nothing here sweeps: each card must come from the dispatch
// that follows the write itself, whether the write came through the API or from a card.

type CardAction = { type: string; title: string; verb?: string; data?: Record<string, unknown> };
type Card = { body: unknown[]; actions?: (CardAction & { card?: { actions: CardAction[] } })[] };

let h: BotHarness;
let opportunity: Opportunity;
let pipeline: Pipeline;
const france = DEMO_TENANTS[0]!.spaces[0]!.id;

const owner = teamsPerson('Élodie Martin');
const manager = teamsPerson('Jonas Becker');
const follower = teamsPerson('Ioana Popescu');

const cardsTo = (userId: string) =>
  h.emulator.delivered
    .filter((d) => d.userId === userId && d.kind === 'send')
    .map((d) => (d.activity.attachments as { content: Card }[])[0]!.content);
/** Waits for a card to `userId` whose text holds every one of `texts`. */
const cardSaying = async (userId: string, ...texts: string[]) => {
  const saying = () =>
    cardsTo(userId).find((card) => texts.every((t) => JSON.stringify(card.body).includes(t)));
  await h.emulator.waitFor(() => saying() !== undefined, 15_000);
  return saying()!;
};

const api = (method: string, path: string, userId: string, body?: unknown, version?: number) =>
  h.write<Opportunity>(method, path, userId, body, version);

const openStages = () => pipeline.stages.filter((s) => s.kind === 'open');

beforeAll(async () => {
  h = await startBotHarness({}, { timers: false });
  await installPersonally(h, [owner, manager, follower]);
  pipeline = (await h.t.app.store!.pipelines.listForSpace(owner.tenantId, france))[0]!;
  opportunity = await followedOpportunity(h, owner, { spaceId: france, name: 'Harbour' }, [
    manager,
    follower,
  ]);
}, 120_000);
afterAll(() => h?.close());

it('carries a stage change through the API to the followers at once', async () => {
  const target = openStages()[1]!;
  opportunity = await api(
    'PATCH',
    `/opportunities/${opportunity.id}/stage`,
    owner.userId,
    { stageId: target.id },
    opportunity.version,
  );
  await cardSaying(follower.userId, 'Élodie Martin moved this deal', `to ${target.name}`);
});

it('carries a note (an event added without a new version) to the followers at once', async () => {
  await api('POST', `/opportunities/${opportunity.id}/notes`, owner.userId, {
    text: 'Budget signed off by the harbour master',
  });
  await cardSaying(follower.userId, 'added a note: Budget signed off by the harbour master');
});

it('tells the others of a stage moved from a card, and writes the timeline, at once', async () => {
  const card = await cardSaying(manager.userId, 'Élodie Martin moved this deal');
  const move = card.actions!.find((a) => a.title === 'Move stage')!.card!.actions[0]!;
  const target = openStages()[2]!;
  const current = (await h.t.app.store!.opportunities.get(owner.tenantId, opportunity.id))!;
  const reply = await h.post(
    cardAction(h.emulator.serviceUrl, manager, manager.conversationId, move.verb!, {
      ...move.data,
      version: current.version,
      actionId: crypto.randomUUID(),
      stageId: target.id,
    }),
  );
  expect(reply.status).toBe(200);
  await cardSaying(owner.userId, 'Jonas Becker moved this deal', `to ${target.name}`);
  const timeline = await h.t.app.store!.timeline.listAllForRecord(owner.tenantId, opportunity.id);
  expect(
    timeline.some(
      (e) => e.eventType === 'opportunity.stage_changed' && e.actorId === manager.userId,
    ),
  ).toBe(true);
});
