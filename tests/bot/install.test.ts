import { randomUUID } from 'node:crypto';
import type { User } from '@channel-crm/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS, demoUser } from '../support/demo-data';
import { BOT_ID, personalInstall, rosterEntry, teamActivity } from '../support/bot-activities';
import { startBotHarness, type BotHarness } from '../support/bot-harness';
import { pinSpaceToTeam } from '../support/bot-scenario';

let h: BotHarness;
const tenantId = DEMO_TENANTS[0]!.id;
const france = DEMO_TENANTS[0]!.spaces[0]!.id;
const teamId = '19:crm-france@thread.tacv2';

const user = async (id: string) => (await h.t.app.store!.users.get(tenantId, id)) as User;
const inTeam = (extra: Record<string, unknown>, conversationId = teamId) =>
  teamActivity(
    h.emulator.serviceUrl,
    { tenantId, teamId, conversationId },
    { id: '29:someone', aadObjectId: demoUser('Claire Dubois').id },
    extra,
  );

beforeAll(async () => {
  h = await startBotHarness();
  await pinSpaceToTeam(h, tenantId, france, teamId);
}, 120_000);
afterAll(() => h?.close());

describe('installs and rosters', () => {
  it('records the team roster as the space members when installed in a team', async () => {
    const lukas = await user(demoUser('Lukas Schmidt').id);
    const elodie = await user(demoUser('Élodie Martin').id);
    const ioana = await user(demoUser('Ioana Popescu').id);
    expect(lukas.spaceIds).not.toContain(france);
    expect(ioana.spaceIds).toContain(france);
    h.emulator.addTeam(tenantId, teamId, [rosterEntry(lukas), rosterEntry(elodie)]);

    const reply = await h.post(
      inTeam({ type: 'conversationUpdate', membersAdded: [{ id: BOT_ID }] }),
    );
    expect(reply.status).toBe(200);

    expect((await user(lukas.id)).spaceIds).toContain(france);
    expect((await user(elodie.id)).spaceIds).toContain(france);
    expect((await user(ioana.id)).spaceIds).not.toContain(france);
    const channel = await h.runtime.notifier.state.conversations.forChannel(tenantId, teamId);
    expect(channel).toMatchObject({ conversationId: teamId, serviceUrl: h.emulator.serviceUrl });
  });

  it('follows members added (a new colleague becomes a user of the space) and removed', async () => {
    const newcomer = {
      id: '29:newcomer',
      aadObjectId: randomUUID(),
      name: 'Nadia Haddad',
      email: 'nadia.haddad@contoso.example',
      userPrincipalName: 'nadia.haddad@contoso.example',
    };
    const lukas = await user(demoUser('Lukas Schmidt').id);
    h.emulator.addTeam(tenantId, teamId, [newcomer, rosterEntry(lukas)]);
    const added = inTeam({ type: 'conversationUpdate', membersAdded: [{ id: newcomer.id }] });
    expect((await h.post(added)).status).toBe(200);
    expect(await user(newcomer.aadObjectId)).toMatchObject({
      name: 'Nadia Haddad',
      role: 'seller',
      spaceIds: [france],
    });

    const removed = inTeam({
      type: 'conversationUpdate',
      membersRemoved: [{ id: `29:${lukas.id}`, aadObjectId: lukas.id }],
    });
    expect((await h.post(removed)).status).toBe(200);
    expect((await user(lukas.id)).spaceIds).not.toContain(france);
  });

  it('answers a channel mention in its thread, whatever the message id suffix', async () => {
    const since = h.emulator.delivered.length;
    const mention = inTeam(
      { type: 'message', text: '<at>Channel CRM</at>help\n' },
      `${teamId};messageid=1712345678901`,
    );
    expect((await h.post(mention)).status).toBe(200);
    const replies = h.emulator.delivered.slice(since);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.conversationId).toContain(teamId);
    expect(JSON.stringify(replies[0]!.activity)).toContain('my deals');
    expect(JSON.stringify(replies[0]!.activity)).not.toContain('did not understand');
  });

  it('forgets a personal chat when the app is uninstalled', async () => {
    const u = demoUser('Jonas Becker');
    const teamsUser = { tenantId, userId: u.id };
    const conversationId = h.emulator.install(tenantId, u.id);
    await h.post(personalInstall(h.emulator.serviceUrl, teamsUser, conversationId));
    const state = h.runtime.notifier.state.conversations;
    expect(await state.forUser(tenantId, u.id)).toBeDefined();
    const uninstall = {
      ...personalInstall(h.emulator.serviceUrl, teamsUser, conversationId),
      membersAdded: undefined,
      membersRemoved: [{ id: BOT_ID }],
    };
    expect((await h.post(uninstall)).status).toBe(200);
    expect(await state.forUser(tenantId, u.id)).toBeUndefined();
  });
});
