import type { Opportunity, Pipeline } from '@channel-crm/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_TENANTS } from '../support/demo-data';
import { cardAction } from '../support/bot-activities';
import { startBotHarness, teamsPerson, type BotHarness } from '../support/bot-harness';
import { followedOpportunity, installPersonally } from '../support/bot-scenario';

// Each follower's card is written for them: in their profile's language, headline included.

type CardAction = { title: string; verb?: string; data?: Record<string, unknown> };
type Card = {
  body: { type: string; text?: string }[];
  actions?: (CardAction & { card?: { actions: CardAction[] } })[];
};

let h: BotHarness;
let opportunity: Opportunity;
let pipeline: Pipeline;
const france = DEMO_TENANTS[0]!.spaces[0]!.id;

const owner = teamsPerson('Élodie Martin');
const german = teamsPerson('Jonas Becker');
const english = teamsPerson('Ioana Popescu');

const sent = (userId: string) =>
  h.emulator.delivered
    .filter((d) => d.userId === userId && d.kind === 'send')
    .map((d) => ({
      summary: d.activity.summary as string,
      card: (d.activity.attachments as { content: Card }[])[0]!.content,
    }));
/** Waits for a card to `userId` whose text holds `text`. */
const cardSaying = async (userId: string, text: string) => {
  const saying = () => sent(userId).find((s) => JSON.stringify(s.card.body).includes(text));
  await h.emulator.waitFor(() => saying() !== undefined, 15_000);
  return saying()!;
};

const api = (method: string, path: string, userId: string, body?: unknown, version?: number) =>
  h.write<Opportunity>(method, path, userId, body, version);

beforeAll(async () => {
  h = await startBotHarness({}, { timers: false });
  await installPersonally(h, [owner, german, english]);
  const users = h.t.app.store!.users;
  const profile = (await users.get(german.tenantId, german.userId))!;
  const saved = await users.commit({ ...profile, locale: 'de-DE' }, [], {
    expectedVersion: profile.version,
    commitId: crypto.randomUUID(),
  });
  expect(saved.ok).toBe(true);
  pipeline = (await h.t.app.store!.pipelines.listForSpace(owner.tenantId, france))[0]!;
  opportunity = await followedOpportunity(h, owner, { spaceId: france, name: 'Harbour' }, [
    german,
    english,
  ]);
}, 120_000);
afterAll(() => h?.close());

it('sends a German follower the stage change in German, and the others theirs in English', async () => {
  const from = pipeline.stages.find((s) => s.id === opportunity.stageId)!;
  const to = pipeline.stages.find((s) => s.kind === 'open' && s.id !== from.id)!;
  await api(
    'PATCH',
    `/opportunities/${opportunity.id}/stage`,
    owner.userId,
    { stageId: to.id },
    opportunity.version,
  );
  const headline = `Élodie Martin hat diese Verkaufschance von ${from.name} nach ${to.name} verschoben`;
  const { summary, card } = await cardSaying(german.userId, headline);
  expect(summary).toBe(headline);
  const facts = JSON.stringify(card.body.find((e) => e.type === 'FactSet'));
  for (const title of ['Phase', 'Status', 'Verantwortlich']) expect(facts).toContain(title);
  expect(facts).toContain('"value":"Offen"');
  expect(card.actions!.map((a) => a.title)).toContain('Notiz hinzufügen');
  expect(card.actions!.map((a) => a.title)).toContain('Stummschalten');
  await cardSaying(english.userId, `Élodie Martin moved this deal from ${from.name} to ${to.name}`);
});

it('answers a German follower’s note from the card in German', async () => {
  const { card } = await cardSaying(german.userId, 'hat diese Verkaufschance');
  const add = card.actions!.find((a) => a.title === 'Notiz hinzufügen')!.card!.actions[0]!;
  const reply = await h.post(
    cardAction(h.emulator.serviceUrl, german, german.conversationId, add.verb!, {
      ...add.data,
      actionId: crypto.randomUUID(),
      note: 'Hafenmeister hat das Budget freigegeben',
    }),
  );
  expect(reply.status).toBe(200);
  const answer = (reply.body as { value: Card }).value;
  expect(JSON.stringify(answer.body)).toContain(
    'Ihre Notiz steht in der Zeitachse; die Follower werden benachrichtigt',
  );
  await cardSaying(owner.userId, 'Jonas Becker added a note: Hafenmeister hat das Budget');
});

it('tells a German user in German why their card action was refused', async () => {
  const current = (await h.t.app.store!.opportunities.get(owner.tenantId, opportunity.id))!;
  const won = await api(
    'POST',
    `/opportunities/${opportunity.id}/won`,
    owner.userId,
    { reason: 'Best offer' },
    current.version,
  );
  const open = pipeline.stages.find((s) => s.kind === 'open')!;
  const reply = await h.post(
    cardAction(h.emulator.serviceUrl, german, german.conversationId, 'opportunity.moveStage', {
      recordType: 'opportunity',
      recordId: won.id,
      version: won.version,
      actionId: crypto.randomUUID(),
      stageId: open.id,
    }),
  );
  const card = JSON.stringify((reply.body as { value: Card }).value.body);
  expect(card).toContain('Dieser Deal ist gewonnen und gesperrt');
  expect(card).not.toContain('won and locked');
});
