import { routes } from '@channel-crm/api/routes';
import { createDevIssuer } from '@channel-crm/api/local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleBody } from '../support/route-examples';
import { concretePath, idsOf, type IdsBySegment } from '../support/route-paths';
import { demoUser } from '../support/demo-data';
import { documentVersions } from '../support/document-versions';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let idsA: IdsBySegment;
const claire = demoUser('Claire Dubois');
const katarzyna = demoUser('Katarzyna Wiśniewska');
const subject = {
  tenantId: claire.tenantId,
  userId: claire.id,
  name: claire.name,
  email: 'claire@contoso.example',
};

const guarded = routes.filter((r) => r.auth !== 'public');
/** Routes for signed-in users; API-key routes refuse every Entra token (tests/api/inbound.test.ts). */
const signedIn = guarded.filter((r) => r.auth !== 'apiKey');

const snapshot = () => documentVersions(t.app.store!, [claire.tenantId, katarzyna.tenantId]);

beforeAll(async () => {
  t = await startTestApp();
  idsA = idsOf(await t.app.store!.exportTenant(claire.tenantId));
});
afterAll(() => t.dispose());

async function badTokens(): Promise<Record<string, string | undefined>> {
  const issuer = t.app.api!.issuer;
  const valid = await issuer.sign(subject);
  const [header, payload, signature] = valid.split('.');
  const flipped = `${signature!.slice(0, -4)}${signature!.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
  const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
  const stranger = await createDevIssuer();
  return {
    'no token': undefined,
    expired: await issuer.sign(subject, { expiresInSeconds: -3600 }),
    'not yet valid': await issuer.sign(subject, { notBeforeInSeconds: 3600 }),
    'wrong audience': await issuer.sign(subject, { audience: 'api://someone-else' }),
    'wrong issuer': await issuer.sign(subject, {
      issuer: 'https://login.microsoftonline.com/evil/v2.0',
    }),
    'missing scope': await issuer.sign(subject, { scope: 'User.Read' }),
    'bad signature': `${header}.${payload}.${flipped}`,
    'alg none': `${none}.${payload}.`,
    'unknown key': await stranger.sign(subject),
  };
}

describe('every route of the table refuses', () => {
  it('missing, expired, premature, mis-addressed, forged and unsigned tokens with 401, changing nothing', async () => {
    const before = await snapshot();
    const tokens = await badTokens();
    for (const route of guarded) {
      const path = concretePath(route, idsA);
      for (const [problem, token] of Object.entries(tokens)) {
        const reply = await t.request(route.method, path, {
          token,
          body: route.schemas.body ? exampleBody(route.name, idsA) : undefined,
          headers: { 'if-match': '"1"', 'idempotency-key': crypto.randomUUID() },
        });
        expect(reply.status, `${route.name} with ${problem}`).toBe(401);
        expect(reply.headers.get('www-authenticate')).toBe('Bearer');
        expect(reply.headers.get('x-correlation-id')).toBeTruthy();
      }
    }
    expect(await snapshot()).toBe(before);
  });

  it("a valid token of tenant B aimed at tenant A's ids, changing nothing", async () => {
    const before = await documentVersions(t.app.store!, [claire.tenantId]);
    const tokenB = await t.tokenFor(katarzyna.id);
    for (const route of signedIn) {
      const path = concretePath(route, idsA);
      const sent = route.schemas.body ? exampleBody(route.name, idsA) : undefined;
      const reply = await t.request(route.method, path, {
        token: tokenB,
        body: sent,
        headers: { 'if-match': '"1"', 'idempotency-key': crypto.randomUUID() },
      });
      const body = JSON.stringify(reply.body ?? '');
      // Tenant-wide routes answer B's own data; nothing of A's that B did not send may show up.
      const request = path + JSON.stringify(sent ?? '');
      for (const id of Object.values(idsA).filter((id) => !request.includes(id)))
        expect(body, `${route.name} leaks ${id}`).not.toContain(id);
      if (Object.values(idsA).some((id) => path.includes(id)))
        expect([403, 404], `${route.name} ${path}`).toContain(reply.status);
      else expect(reply.status, route.name).toBeLessThan(500);
    }
    // B may create in its own tenant (a space, a global account); A is untouched and nothing
    // of B's points at A's records.
    expect(await documentVersions(t.app.store!, [claire.tenantId])).toBe(before);
    const documentsB = JSON.stringify(await t.app.store!.exportTenant(katarzyna.tenantId));
    for (const id of Object.values(idsA)) expect(documentsB).not.toContain(id);
  });
});
