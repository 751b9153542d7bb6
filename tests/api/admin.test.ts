import { assignUser, buildActor, randomIds, systemClock } from '@channel-crm/domain/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUser } from '../support/demo-data';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let admin: string;
let seller: string;
let otherAdmin: string;
const claire = demoUser('Claire Dubois');
const jonas = demoUser('Jonas Becker');
const elodie = demoUser('Élodie Martin');

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.tokenFor(claire.id);
  seller = await t.tokenFor(elodie.id);
  otherAdmin = await t.tokenFor(demoUser('Katarzyna Wiśniewska').id);
});
afterAll(() => t.dispose());

type User = { id: string; name: string; role: string; supervisorId?: string; version: number };
type Problem = { status: number; instance: string; errors?: { path: string; reason: string }[] };

describe('me', () => {
  it('answers the signed-in user and their spaces', async () => {
    const reply = await t.request('GET', '/me', { token: seller });
    expect(reply.status).toBe(200);
    const body = reply.body as { user: User; spaces: { name: string }[] };
    expect(body.user.name).toBe('Élodie Martin');
    expect(body.spaces.map((s) => s.name)).toEqual(['Ventes France']);
  });

  it('records a user seen for the first time as a seller; the first user of a tenant is its admin', async () => {
    const issuer = t.app.api!.issuer;
    const tenantId = crypto.randomUUID();
    const first = await issuer.sign({
      tenantId,
      userId: 'first',
      name: 'Ana First',
      email: 'ana@new.example',
    });
    const second = await issuer.sign({
      tenantId,
      userId: 'second',
      name: 'Ben Second',
      email: 'ben@new.example',
    });
    const me1 = await t.request('GET', '/me', { token: first });
    const me2 = await t.request('GET', '/me', { token: second });
    expect((me1.body as { user: User }).user.role).toBe('admin');
    expect((me2.body as { user: User }).user.role).toBe('seller');
  });
});

describe('tenant admin', () => {
  it('lists the users of the tenant only, to anyone of it', async () => {
    const reply = await t.request('GET', '/users', { token: seller });
    expect(reply.status).toBe(200);
    const names = (reply.body as { items: User[] }).items.map((u) => u.name);
    expect(names).toContain('Jonas Becker');
    expect(names).not.toContain('Piotr Zieliński');
  });

  it('refuses role changes and the export to a non-admin', async () => {
    expect((await t.request('GET', '/tenant/export', { token: seller })).status).toBe(403);
    const reply = await t.request('PATCH', `/users/${elodie.id}`, {
      token: seller,
      body: { role: 'admin' },
      headers: { 'if-match': '"1"' },
    });
    expect(reply.status).toBe(403);
  });

  it('assigns a role and a supervisor with If-Match, and refuses stale or missing ETags', async () => {
    const path = `/users/${elodie.id}`;
    const missing = await t.request('PATCH', path, { token: admin, body: { role: 'manager' } });
    expect(missing.status).toBe(428);
    const done = await t.request('PATCH', path, {
      token: admin,
      body: { role: 'manager', supervisorId: claire.id },
      headers: { 'if-match': '"1"' },
    });
    expect(done.status).toBe(200);
    expect(done.headers.get('etag')).toBe('"2"');
    expect(done.body).toMatchObject({ role: 'manager', supervisorId: claire.id });
    const stale = await t.request('PATCH', path, {
      token: admin,
      body: { role: 'seller' },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.status).toBe(412);
    const me = await t.request('GET', '/me', { token: seller });
    expect((me.body as { user: User }).user.role).toBe('manager');
  });

  it('applies a role change on the next request, written through the API or in-process by the bot', async () => {
    const exportAsElodie = async () =>
      (await t.request('GET', '/tenant/export', { token: seller })).status;
    expect(await exportAsElodie()).toBe(403);
    const before = await t.app.store!.users.get(claire.tenantId, elodie.id);
    const promoted = await t.request('PATCH', `/users/${elodie.id}`, {
      token: admin,
      body: { role: 'admin' },
      headers: { 'if-match': `"${before!.version}"` },
    });
    expect(promoted.status).toBe(200);
    expect(await exportAsElodie()).toBe(200);
    // The bot calls the same use case on the same store, outside any API request.
    const actor = await buildActor(t.app.store!, claire.tenantId, claire.id);
    if (!actor.ok) throw new Error(actor.error.message);
    const demoted = await assignUser(
      {
        actor: actor.value,
        store: t.app.store!,
        clock: systemClock,
        ids: randomIds,
        commitId: crypto.randomUUID(),
      },
      elodie.id,
      { role: 'seller' },
    );
    expect(demoted.ok).toBe(true);
    expect(await exportAsElodie()).toBe(403);
  });

  it('refuses a supervisor cycle, an unknown supervisor and a user of another tenant', async () => {
    const users = (await t.request('GET', '/users', { token: admin })).body as { items: User[] };
    const claireDoc = users.items.find((u) => u.id === claire.id)!;
    const cycle = await t.request('PATCH', `/users/${claire.id}`, {
      token: admin,
      body: { supervisorId: jonas.id },
      headers: { 'if-match': `"${claireDoc.version}"` },
    });
    expect(cycle.status).toBe(422);
    const unknown = await t.request('PATCH', `/users/${jonas.id}`, {
      token: admin,
      body: { supervisorId: 'nobody' },
      headers: { 'if-match': '"1"' },
    });
    expect(unknown.status).toBe(404);
    const foreign = await t.request('PATCH', `/users/${jonas.id}`, {
      token: otherAdmin,
      body: { role: 'seller' },
      headers: { 'if-match': '"1"' },
    });
    expect(foreign.status).toBe(404);
  });

  it('exports every document of the tenant and nothing of another', async () => {
    const reply = await t.request('GET', '/tenant/export', { token: admin });
    expect(reply.status).toBe(200);
    const { documents } = reply.body as { documents: { tenantId: string; type: string }[] };
    expect(documents.length).toBeGreaterThan(300);
    expect(new Set(documents.map((d) => d.tenantId))).toEqual(new Set([claire.tenantId]));
    expect(documents.some((d) => d.type === 'lead')).toBe(true);
  });

  it('deletes the tenant only when the admin names it', async () => {
    const unconfirmed = await t.request('DELETE', '/tenant?confirmTenantId=nope', {
      token: otherAdmin,
    });
    expect(unconfirmed.status).toBe(400);
    const tenantB = demoUser('Katarzyna Wiśniewska').tenantId;
    const done = await t.request('DELETE', `/tenant?confirmTenantId=${tenantB}`, {
      token: otherAdmin,
    });
    expect(done.status).toBe(200);
    expect((done.body as { deleted: number }).deleted).toBeGreaterThan(100);
    expect(await t.app.store!.exportTenant(tenantB)).toEqual([]);
    const stillThere = await t.app.store!.exportTenant(claire.tenantId);
    expect(stillThere.length).toBeGreaterThan(300);
  });
});

describe('every response', () => {
  it('carries the correlation id, from traceparent when given, also as the problem instance', async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const reply = await t.request('GET', '/tenant/export', {
      token: seller,
      headers: { traceparent: `00-${traceId}-00f067aa0ba902b7-01` },
    });
    expect(reply.headers.get('x-correlation-id')).toBe(traceId);
    expect((reply.body as Problem).instance).toBe(traceId);
    expect(reply.headers.get('content-type')).toContain('application/problem+json');
    const ok = await t.request('GET', '/me', { token: seller });
    expect(ok.headers.get('x-correlation-id')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('answers 404 problem+json for an unknown path and 400 for a malformed id', async () => {
    const unknown = await t.request('GET', '/nothing-here', { token: seller });
    expect(unknown.status).toBe(404);
    const badId = await t.request('PATCH', `/users/${'x'.repeat(100)}`, {
      token: admin,
      body: {},
      headers: { 'if-match': '"1"' },
    });
    expect(badId.status).toBe(400);
  });
});
