import { observeRoundTrips } from '@channel-crm/api/local';
import {
  keyAddress,
  keyUseAddress,
  publicFormAddress,
  type KeyedDocumentAddress,
} from '@channel-crm/domain/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS, demoUser } from '../support/demo-data';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let admin: string;
const katarzyna = demoUser('Katarzyna Wiśniewska');
const poland = DEMO_TENANTS.find((tenant) => tenant.id === katarzyna.tenantId)!.spaces[0]!.id;
const SHOP = 'https://shop.example';

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.tokenFor(katarzyna.id);
});
afterAll(() => t.dispose());

const sendLead = (token: string) =>
  t.request('POST', `/inbound/spaces/${poland}/leads`, {
    rawBody: JSON.stringify({ externalId: crypto.randomUUID(), lastName: 'Nowak' }),
    headers: { authorization: `Bearer ${token}` },
  });
const embed = (formId: string) =>
  t.request('GET', `/forms/${formId}/embed`, { headers: { origin: SHOP } });
const stored = (address: KeyedDocumentAddress) => t.app.store!.keyedDocuments.get(address);

async function keyAndForm(): Promise<{ key: { id: string; token: string }; formId: string }> {
  const key = await t.request('POST', `/spaces/${poland}/api-keys`, {
    token: admin,
    body: { name: 'Shop' },
  });
  const form = await t.request('POST', `/spaces/${poland}/forms`, {
    token: admin,
    body: {
      name: 'Kontakt',
      fields: ['email'],
      allowedOrigins: [SHOP],
      language: 'en',
      confirmation: { en: 'Thank you!' },
    },
  });
  expect([key.status, form.status]).toEqual([201, 201]);
  return {
    key: key.body as { id: string; token: string },
    formId: (form.body as { id: string }).id,
  };
}

describe("a tenant's API keys and web forms in the public index", () => {
  it('leave nothing there once the key is revoked and the form deleted', async () => {
    const { key, formId } = await keyAndForm();
    expect((await sendLead(key.token)).status).toBe(200);
    const revoked = await t.request('DELETE', `/spaces/${poland}/api-keys/${key.id}`, {
      token: admin,
    });
    const deleted = await t.request('DELETE', `/spaces/${poland}/forms/${formId}`, {
      token: admin,
    });
    expect([revoked.status, deleted.status]).toEqual([204, 204]);
    expect((await sendLead(key.token)).status).toBe(401);
    expect((await embed(formId)).status).toBe(404);
    expect(await stored(keyAddress(key.id))).toBeUndefined();
    expect(await stored(keyUseAddress(key.id))).toBeUndefined();
    expect(await stored(publicFormAddress(formId))).toBeUndefined();
  });

  it('are in its export, without the secret hash, and deleted with it', async () => {
    const { key, formId } = await keyAndForm();
    expect((await sendLead(key.token)).status).toBe(200);
    expect((await embed(formId)).status).toBe(200);

    const heard: number[] = [];
    const stop = observeRoundTrips((operationId, roundTrips) => {
      if (operationId === 'exportTenant') heard.push(roundTrips);
    });
    const exported = await t.request('GET', '/tenant/export', { token: admin }).finally(stop);
    // The tenant query, then the key's record and last use and the form: its declared budget.
    expect(heard).toEqual([4]);
    const { documents } = exported.body as { documents: Record<string, unknown>[] };
    const publicOnes = documents.filter((d) => d.filedIn === '@public-index');
    expect(publicOnes.map((d) => [d.type, d.id]).sort()).toEqual(
      [
        ['api-key', key.id],
        ['api-key-use', key.id],
        ['web-form', formId],
      ].sort(),
    );
    expect(publicOnes.every((d) => d.tenantId === katarzyna.tenantId)).toBe(true);
    expect(JSON.stringify(publicOnes)).not.toContain('secretHash');

    const deleted = await t.request('DELETE', `/tenant?confirmTenantId=${katarzyna.tenantId}`, {
      token: admin,
    });
    expect(deleted.status).toBe(200);

    expect((await sendLead(key.token)).status).toBe(401);
    expect((await embed(formId)).status).toBe(404);
    expect(await stored(keyAddress(key.id))).toBeUndefined();
    expect(await stored(keyUseAddress(key.id))).toBeUndefined();
    expect(await stored(publicFormAddress(formId))).toBeUndefined();
  });
});
