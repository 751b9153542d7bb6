import { createHmac } from 'node:crypto';
import { observeRoundTrips } from '@channel-crm/api/local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS, demoUser } from '../support/demo-data';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let claire: string;
let elodie: string;
const tenant = DEMO_TENANTS[0]!;
const france = tenant.spaces.find((s) => s.name === 'Ventes France')!.id;
const dach = tenant.spaces.find((s) => s.name === 'DACH Enterprise')!.id;

type CreatedKey = {
  id: string;
  name: string;
  prefix: string;
  token: string;
  signingSecret: string;
  lastUsedAt?: string;
};
type Problem = { status: number; code: string; detail: string };
type Lead = {
  id: string;
  ownerId?: string;
  source: string;
  company?: string;
  lastName: string;
  tags: string[];
};

beforeAll(async () => {
  t = await startTestApp();
  claire = await t.tokenFor(demoUser('Claire Dubois').id);
  elodie = await t.tokenFor(demoUser('Élodie Martin').id);
});
afterAll(() => t.dispose());

async function createKey(
  body: { name: string; requireSignature?: boolean; ratePerMinute?: number },
  spaceId = france,
): Promise<CreatedKey> {
  const reply = await t.request('POST', `/spaces/${spaceId}/api-keys`, { token: claire, body });
  expect(reply.status).toBe(201);
  return reply.body as CreatedKey;
}

const sign = (secret: string, timestamp: number, raw: string) =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.${raw}`).digest('hex')}`;

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Sends a lead with the key, as a marketing tool would. */
function send(
  token: string | undefined,
  lead: Record<string, unknown>,
  headers: Record<string, string> = {},
  spaceId = france,
) {
  return t.request('POST', `/inbound/spaces/${spaceId}/leads`, {
    rawBody: JSON.stringify(lead),
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
  });
}

const leadsNamed = async (lastName: string) => {
  const reply = await t.request(
    'GET',
    `/leads?spaceId=${france}&unassigned=true&text=${encodeURIComponent(lastName)}&limit=100`,
    { token: claire },
  );
  expect(reply.status).toBe(200);
  return (reply.body as { items: Lead[] }).items.filter((l) => l.lastName === lastName);
};

describe('API keys of a space', () => {
  it('are created by admins, shown once, listed without their secret and revoked', async () => {
    const refused = await t.request('POST', `/spaces/${france}/api-keys`, {
      token: elodie,
      body: { name: 'Mine' },
    });
    expect(refused.status).toBe(403);

    const key = await createKey({ name: 'Website' });
    expect(key.token).toMatch(/^crm_[0-9a-f-]{36}_[A-Za-z0-9_-]{43}$/);
    expect(key.token.startsWith(key.prefix)).toBe(true);
    expect((await send(key.token, { externalId: 'k-1', lastName: 'Keyed' })).status).toBe(200);

    const listed = await t.request('GET', `/spaces/${france}/api-keys`, { token: claire });
    expect(listed.status).toBe(200);
    const items = (listed.body as { items: CreatedKey[] }).items;
    const mine = items.find((k) => k.id === key.id)!;
    expect(mine).toMatchObject({ name: 'Website', prefix: key.prefix });
    expect(mine.lastUsedAt).toBeDefined();
    const secret = key.token.slice(`crm_${key.id}_`.length);
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    expect(JSON.stringify(listed.body)).not.toContain(key.signingSecret);

    const revoked = await t.request('DELETE', `/spaces/${france}/api-keys/${key.id}`, {
      token: claire,
    });
    expect(revoked.status).toBe(204);
    expect((await send(key.token, { externalId: 'k-2', lastName: 'Keyed' })).status).toBe(401);
    const after = await t.request('GET', `/spaces/${france}/api-keys`, { token: claire });
    expect((after.body as { items: CreatedKey[] }).items.map((k) => k.id)).not.toContain(key.id);
  });
});

describe('POST /inbound/spaces/{spaceId}/leads', () => {
  it('refuses a missing, malformed, wrong, or other space’s key with 401 problem+json', async () => {
    const key = await createKey({ name: 'Refusals' });
    const wrongSecret = `crm_${key.id}_${'A'.repeat(43)}`;
    const lead = { externalId: 'r-1', lastName: 'Refused' };
    const replies = [
      await send(undefined, lead),
      await send('not-a-key', lead),
      await send(wrongSecret, lead),
      await send(key.token, lead, {}, dach),
      await send(undefined, lead, { 'x-api-key': wrongSecret }),
    ];
    for (const reply of replies) {
      expect(reply.status).toBe(401);
      expect(reply.headers.get('content-type')).toBe('application/problem+json');
      expect((reply.body as Problem).code).toBe('api_key_invalid');
    }
    expect(await leadsNamed('Refused')).toEqual([]);
    expect((await send(undefined, lead, { 'x-api-key': key.token })).status).toBe(200);
  });

  it('checks the signature when the key requires it, and refuses replays past 5 minutes', async () => {
    const key = await createKey({ name: 'Signed', requireSignature: true });
    const raw = JSON.stringify({ externalId: 's-1', lastName: 'Signed' });
    const post = (headers: Record<string, string>) =>
      t.request('POST', `/inbound/spaces/${france}/leads`, {
        rawBody: raw,
        headers: { authorization: `Bearer ${key.token}`, ...headers },
      });
    const now = nowSeconds();
    const unsigned = await post({});
    const forged = await post({
      'x-timestamp': String(now),
      'x-signature': sign('not the secret', now, raw),
    });
    const otherBody = await post({
      'x-timestamp': String(now),
      'x-signature': sign(key.signingSecret, now, `${raw} `),
    });
    const old = now - 6 * 60;
    const replayed = await post({
      'x-timestamp': String(old),
      'x-signature': sign(key.signingSecret, old, raw),
    });
    for (const reply of [unsigned, forged, otherBody])
      expect([reply.status, (reply.body as Problem).code]).toEqual([401, 'signature_invalid']);
    expect([replayed.status, (replayed.body as Problem).code]).toEqual([401, 'signature_expired']);
    expect(await leadsNamed('Signed')).toEqual([]);

    const signed = await post({
      'x-timestamp': String(now),
      'x-signature': sign(key.signingSecret, now, raw),
    });
    expect(signed.status).toBe(200);
    expect(await leadsNamed('Signed')).toHaveLength(1);
  });

  it('checks a signature sent with a key that does not require one', async () => {
    const key = await createKey({ name: 'Optional signature' });
    const reply = await send(
      key.token,
      { externalId: 'o-1', lastName: 'Optional' },
      { 'x-timestamp': String(nowSeconds()), 'x-signature': `sha256=${'0'.repeat(64)}` },
    );
    expect(reply.status).toBe(401);
    expect(await leadsNamed('Optional')).toEqual([]);
  });

  it('answers 429 with Retry-After over the key’s rate', async () => {
    const key = await createKey({ name: 'Slow', ratePerMinute: 3 });
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await send(key.token, { externalId: `rate-${i}`, lastName: 'Rated' })).status);
    const over = await send(key.token, { externalId: 'rate-3', lastName: 'Rated' });
    expect(statuses).toEqual([200, 200, 200]);
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((over.body as Problem).code).toBe('too_many_requests');
    expect(await leadsNamed('Rated')).toHaveLength(3);
  });

  it('puts a new lead in the free pool; the same externalId again updates it', async () => {
    const key = await createKey({ name: 'CRM sync' });
    const first = await send(key.token, {
      externalId: 'ext-42',
      lastName: 'Nowak',
      company: 'Alpha',
      tags: ['webinar'],
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ created: true });
    const again = await send(key.token, {
      externalId: 'ext-42',
      lastName: 'Nowak',
      company: 'Beta',
    });
    expect(again.body).toEqual({
      leadId: (first.body as { leadId: string }).leadId,
      created: false,
    });

    const leads = await leadsNamed('Nowak');
    expect(leads).toHaveLength(1);
    expect(leads[0]).toMatchObject({ source: 'inbound_api', company: 'Beta', tags: ['webinar'] });
    expect(leads[0]!.ownerId).toBeUndefined();
  });

  it('five concurrent sends of one externalId make one lead', async () => {
    const key = await createKey({ name: 'Bursty' });
    const replies = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        send(key.token, { externalId: 'burst-1', lastName: 'Burst', jobTitle: `Try ${i}` }),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const ids = new Set(replies.map((r) => (r.body as { leadId: string }).leadId));
    expect(ids.size).toBe(1);
    expect(replies.filter((r) => (r.body as { created: boolean }).created)).toHaveLength(1);
    expect(await leadsNamed('Burst')).toHaveLength(1);
  });

  it('refuses a lead without externalId or lastName with 400 naming the field', async () => {
    const key = await createKey({ name: 'Sloppy' });
    const reply = await send(key.token, { lastName: 'Nobody' });
    expect(reply.status).toBe(400);
    expect(JSON.stringify(reply.body)).toContain('externalId');
    const notJson = await t.request('POST', `/inbound/spaces/${france}/leads`, {
      rawBody: '{"externalId":',
      headers: { 'x-api-key': key.token },
    });
    expect(notJson.status).toBe(400);
  });

  it('takes the store round trips its budget counts: 6 to create, 3 to resend unchanged', async () => {
    const key = await createKey({ name: 'Counted' });
    await send(key.token, { externalId: 'warm-up', lastName: 'Counted' });
    const heard: number[] = [];
    const stop = observeRoundTrips((operationId, roundTrips) => {
      if (operationId === 'receiveInboundLead') heard.push(roundTrips);
    });
    try {
      await send(key.token, { externalId: 'count-1', lastName: 'Counted' });
      await send(key.token, { externalId: 'count-1', lastName: 'Counted' });
    } finally {
      stop();
    }
    // The key, the lead by its id, the space, the assignment rules (none here), the batch (its
    // last use was noted by the warm-up), the splitter filters that run on arrival (none here);
    // a resend: the key, the lead, the lead again in the update, and no write.
    expect(heard).toEqual([6, 3]);
  });
});
