import type { Opportunity, Pipeline } from '@channel-crm/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS, demoUser } from '../support/demo-data';
import { BOT_ID, rosterEntry, teamActivity } from '../support/bot-activities';
import { startBotHarness, TEAMS_APP_CATALOG_ID, type BotHarness } from '../support/bot-harness';
import { pinSpaceToTeam } from '../support/bot-scenario';

let h: BotHarness;
let opportunity: Opportunity;
let pipeline: Pipeline;
const tenantId = DEMO_TENANTS[0]!.id;
const france = DEMO_TENANTS[0]!.spaces[0]!.id;
const teamId = '19:crm-france-proactive@thread.tacv2';
const owner = demoUser('Élodie Martin');
const follower = demoUser('Ioana Popescu');
const manager = demoUser('Jonas Becker');

const cardsTo = (userId: string) =>
  h.emulator.delivered.filter((d) => d.userId === userId && d.kind === 'send');

async function api(method: string, path: string, userId: string, body?: unknown) {
  const reply = await h.t.request(method, path, {
    token: await h.t.tokenFor(userId),
    body,
    headers: opportunity ? { 'if-match': `"${opportunity.version}"` } : {},
  });
  expect(reply.status, JSON.stringify(reply.body)).toBeLessThan(300);
  return reply.body as Opportunity;
}

async function moveStage(index: number) {
  const stage = pipeline.stages.filter((s) => s.kind === 'open')[index]!;
  opportunity = await api('PATCH', `/opportunities/${opportunity.id}/stage`, owner.id, {
    stageId: stage.id,
  });
  await h.runtime.dispatcher.sweep();
}

/** The bot added to the space's team: Teams' conversationUpdate in the General channel. */
async function installInTeam() {
  await pinSpaceToTeam(h, tenantId, france, teamId);
  const users = await h.t.app.store!.users.getMany(tenantId, [owner.id, follower.id, manager.id]);
  h.emulator.addTeam(tenantId, teamId, users.map(rosterEntry));
  const reply = await h.post(
    teamActivity(
      h.emulator.serviceUrl,
      { tenantId, teamId },
      { id: `29:${owner.id}`, aadObjectId: owner.id },
      { type: 'conversationUpdate', membersAdded: [{ id: BOT_ID }] },
    ),
  );
  expect(reply.status).toBe(200);
}

beforeAll(async () => {
  h = await startBotHarness({}, { graph: true });
  pipeline = (await h.t.app.store!.pipelines.listForSpace(tenantId, france))[0]!;
  await installInTeam();
  opportunity = await api('POST', '/opportunities', owner.id, {
    spaceId: france,
    name: 'Harbour cranes',
  });
  opportunity = await api('POST', `/opportunities/${opportunity.id}/follow`, follower.id);
  await h.runtime.dispatcher.sweep();
}, 120_000);
afterAll(() => h?.close());

describe('recipients the bot has no conversation with', () => {
  it('installs the app for a follower through Graph and sends the card to the new chat', async () => {
    expect(await h.runtime.notifier.state.conversations.forUser(tenantId, follower.id)).toBe(
      undefined,
    );
    await moveStage(1);
    await h.emulator.waitFor(() =>
      cardsTo(follower.id).some((d) => String(d.activity.summary).includes('moved this deal')),
    );
    expect(h.graph!.installs).toContainEqual({
      tenantId,
      userId: follower.id,
      teamsAppId: TEAMS_APP_CATALOG_ID,
    });
    const ref = await h.runtime.notifier.state.conversations.forUser(tenantId, follower.id);
    expect(ref?.conversationId).toBe(cardsTo(follower.id)[0]!.conversationId);

    // The next card goes to the same chat without installing again.
    await moveStage(2);
    await h.emulator.waitFor(() => cardsTo(follower.id).length === 2);
    expect(h.graph!.installs.filter((i) => i.userId === follower.id)).toHaveLength(1);
    expect(new Set(cardsTo(follower.id).map((d) => d.conversationId)).size).toBe(1);
  });

  it('finds the existing installation when Graph answers 409 (installed, but not yet known)', async () => {
    await h.runtime.notifier.state.conversations.removeUser(tenantId, follower.id);
    const before = cardsTo(follower.id);
    await moveStage(1);
    await h.emulator.waitFor(() => cardsTo(follower.id).length === before.length + 1);
    expect(h.graph!.installs.filter((i) => i.userId === follower.id)).toHaveLength(1);
    expect(cardsTo(follower.id).at(-1)!.conversationId).toBe(before[0]!.conversationId);
  });

  it('@mentions the recipient in the space channel where installing is forbidden', async () => {
    h.graph!.forbid(tenantId);
    opportunity = await api('POST', `/opportunities/${opportunity.id}/follow`, manager.id);
    const since = h.emulator.delivered.length;
    await moveStage(2);
    await h.emulator.waitFor(() =>
      h.emulator.delivered.slice(since).some((d) => d.conversationId === teamId),
    );
    const posts = h.emulator.delivered.slice(since).filter((d) => d.conversationId === teamId);
    expect(posts).toHaveLength(1);
    const activity = posts[0]!.activity;
    expect(activity.text).toContain('<at>Jonas Becker</at>');
    expect(activity.entities).toEqual([
      {
        type: 'mention',
        text: '<at>Jonas Becker</at>',
        mentioned: { id: manager.id, name: 'Jonas Becker' },
      },
    ]);
    expect(JSON.stringify(activity.attachments)).toContain('Harbour cranes');
    expect(cardsTo(manager.id)).toHaveLength(0);
    expect(await h.runtime.notifier.state.conversations.forUser(tenantId, manager.id)).toBe(
      undefined,
    );
  });
});
