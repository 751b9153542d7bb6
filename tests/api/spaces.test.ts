import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS, demoUser } from '../support/demo-data';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let admin: string;
let manager: string;
let seller: string;
let partner: string;
let otherTenant: string;
const spaceOf = (name: string) => DEMO_TENANTS[0]!.spaces.find((s) => s.name === name)!.id;
const france = spaceOf('Ventes France');
const dach = spaceOf('DACH Enterprise');

type Space = { id: string; name: string; teamId?: string; channelId?: string; version: number };
type Member = { id: string; name: string; email: string; role: string };

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.tokenFor(demoUser('Claire Dubois').id);
  manager = await t.tokenFor(demoUser('Jonas Becker').id);
  seller = await t.tokenFor(demoUser('Élodie Martin').id);
  partner = await t.tokenFor(demoUser('Marc Lefort').id);
  otherTenant = await t.tokenFor(demoUser('Katarzyna Wiśniewska').id);
});
afterAll(() => t.dispose());

const getSpace = async (id: string, token = admin) =>
  (await t.request('GET', `/spaces/${id}`, { token })).body as Space;

describe('PATCH /spaces/{id}', () => {
  it('pins an existing space to a Teams team and channel for a member manager', async () => {
    const before = await getSpace(dach);
    const reply = await t.request('PATCH', `/spaces/${dach}`, {
      token: manager,
      headers: { 'if-match': `"${before.version}"` },
      body: { teamId: '19:team-dach', channelId: '19:channel-dach@thread.tacv2' },
    });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('etag')).toBe(`"${before.version + 1}"`);
    const after = await getSpace(dach, manager);
    expect(after).toMatchObject({
      name: 'DACH Enterprise',
      teamId: '19:team-dach',
      channelId: '19:channel-dach@thread.tacv2',
    });
  });

  it("keeps the pinned channel tab's entityId, and refuses one of another space at the field", async () => {
    const pipelineTab = `${dach}:pipeline:0b6f3c1e-4a8d-4f2b-9c3e-2d1a5b7e9f01`;
    const before = await getSpace(dach);
    const pinned = await t.request('PATCH', `/spaces/${dach}`, {
      token: manager,
      headers: { 'if-match': `"${before.version}"` },
      body: { channelTabEntityId: pipelineTab },
    });
    expect(pinned.status).toBe(200);
    expect(await getSpace(dach, manager)).toMatchObject({ channelTabEntityId: pipelineTab });

    const { version } = await getSpace(dach);
    for (const channelTabEntityId of [`${france}:pipeline:${dach}`, 'whole-space']) {
      const refused = await t.request('PATCH', `/spaces/${dach}`, {
        token: manager,
        headers: { 'if-match': `"${version}"` },
        body: { channelTabEntityId },
      });
      expect(refused.status).toBe(400);
      expect(JSON.stringify(refused.body)).toContain('channelTabEntityId');
    }
    expect(await getSpace(dach)).toMatchObject({ version, channelTabEntityId: pipelineTab });
  });

  it('lets an admin rename it and refuses a stale or missing If-Match', async () => {
    const before = await getSpace(france);
    const renamed = await t.request('PATCH', `/spaces/${france}`, {
      token: admin,
      headers: { 'if-match': `"${before.version}"` },
      body: { name: 'Ventes France & Benelux', defaultCurrency: 'EUR' },
    });
    expect(renamed.status).toBe(200);
    expect((renamed.body as Space).name).toBe('Ventes France & Benelux');
    const stale = await t.request('PATCH', `/spaces/${france}`, {
      token: admin,
      headers: { 'if-match': `"${before.version}"` },
      body: { name: 'Lost edit' },
    });
    expect(stale.status).toBe(412);
    const missing = await t.request('PATCH', `/spaces/${france}`, {
      token: admin,
      body: { name: 'Lost edit' },
    });
    expect(missing.status).toBe(428);
    expect((await getSpace(france)).name).toBe('Ventes France & Benelux');
  });

  it('refuses sellers (403), hides other spaces and tenants (404) and checks the body (400)', async () => {
    const { version } = await getSpace(france);
    const headers = { 'if-match': `"${version}"` };
    const bySeller = await t.request('PATCH', `/spaces/${france}`, {
      token: seller,
      headers,
      body: { name: 'Mine now' },
    });
    expect(bySeller.status).toBe(403);
    const hidden = await t.request('PATCH', `/spaces/${dach}`, {
      token: seller,
      headers,
      body: { name: 'Not mine' },
    });
    expect(hidden.status).toBe(404);
    const foreign = await t.request('PATCH', `/spaces/${france}`, {
      token: otherTenant,
      headers,
      body: { name: 'Not ours' },
    });
    expect(foreign.status).toBe(404);
    const bad = await t.request('PATCH', `/spaces/${france}`, {
      token: admin,
      headers,
      body: { defaultCurrency: 'euro' },
    });
    expect(bad.status).toBe(400);
    expect((await getSpace(france)).version).toBe(version);
  });
});

describe('GET /spaces/{id}/members', () => {
  it('lists the roster with names, e-mails and roles to any member, sellers and partners too', async () => {
    for (const token of [seller, partner]) {
      const reply = await t.request('GET', `/spaces/${france}/members`, { token });
      expect(reply.status).toBe(200);
      const members = (reply.body as { items: Member[] }).items;
      expect(members.map((m) => m.name)).toEqual(
        expect.arrayContaining(['Claire Dubois', 'Élodie Martin', 'Ioana Popescu', 'Marc Lefort']),
      );
      expect(members.map((m) => m.name)).not.toContain('Lukas Schmidt');
      const claire = members.find((m) => m.name === 'Claire Dubois')!;
      expect(Object.keys(claire).sort()).toEqual(['email', 'id', 'name', 'role']);
      expect(claire.role).toBe('admin');
    }
  });

  it('answers 404 for a space the user is not on, and across tenants', async () => {
    expect((await t.request('GET', `/spaces/${dach}/members`, { token: seller })).status).toBe(404);
    expect(
      (await t.request('GET', `/spaces/${france}/members`, { token: otherTenant })).status,
    ).toBe(404);
    expect((await t.request('GET', `/spaces/${france}/members`)).status).toBe(401);
  });
});
