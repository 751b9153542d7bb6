import { observeRoundTrips } from '@channel-crm/api/local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS, demoUser } from '../support/demo-data';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let claire: string;
const france = DEMO_TENANTS[0]!.spaces.find((s) => s.name === 'Ventes France')!.id;
const GUESSER = '198.51.100.7';

beforeAll(async () => {
  t = await startTestApp();
  claire = await t.tokenFor(demoUser('Claire Dubois').id);
});
afterAll(() => t.dispose());

const wrongKey = () => `crm_${crypto.randomUUID()}_${'x'.repeat(43)}`;

/** Sends a lead with the key from an address (with the port Azure adds to it). */
const send = (key: string, from: string) =>
  t.request('POST', `/inbound/spaces/${france}/leads`, {
    rawBody: JSON.stringify({ externalId: crypto.randomUUID(), lastName: 'Guess' }),
    headers: { authorization: `Bearer ${key}`, 'x-forwarded-for': from },
  });

describe('wrong API keys from one address', () => {
  it('are refused with 401 up to 20 a minute, then with 429 and Retry-After, before any look-up', async () => {
    const created = await t.request('POST', `/spaces/${france}/api-keys`, {
      token: claire,
      body: { name: 'Shop' },
    });
    const validKey = (created.body as { token: string }).token;

    const statuses: number[] = [];
    for (let i = 0; i < 20; i++)
      statuses.push((await send(wrongKey(), `${GUESSER}:${4000 + i}`)).status);
    expect(statuses).toEqual(Array.from({ length: 20 }, () => 401));

    const heard: number[] = [];
    const stop = observeRoundTrips((operationId, roundTrips) => {
      if (operationId === 'receiveInboundLead') heard.push(roundTrips);
    });
    const blocked = await send(wrongKey(), `${GUESSER}:5000`).finally(stop);
    expect(heard).toEqual([0]);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(blocked.headers.get('retry-after'))).toBeLessThanOrEqual(3);
    // Even a good key waits: the address is not told which keys are right.
    expect((await send(validKey, GUESSER)).status).toBe(429);

    expect((await send(wrongKey(), '203.0.113.9')).status).toBe(401);
    expect((await send(validKey, '203.0.113.9')).status).toBe(200);
  });
});
