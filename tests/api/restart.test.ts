import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS, demoUser } from '../support/demo-data';
import { newDataDir, startTestApp } from '../support/test-app';

let dataDir: string | undefined;
afterAll(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('the local app, started like npm start', () => {
  it('seeds on the first start; a lead and its Idempotency-Key survive a restart', async () => {
    dataDir = await newDataDir();
    const seller = demoUser('Élodie Martin');
    const spaceId = DEMO_TENANTS[0]!.spaces[0]!.id;

    const first = await startTestApp(dataDir);
    const users = await first.request('GET', '/dev/users');
    expect((users.body as { name: string }[]).map((u) => u.name)).toContain('Élodie Martin');
    const token = await first.tokenFor(seller.id);
    const created = await first.request('POST', '/leads', {
      token,
      headers: { 'idempotency-key': 'restart-key-1' },
      body: {
        spaceId,
        firstName: 'Zoë',
        lastName: 'Łukaszewicz-Ștefănescu',
        company: 'Bäckerei Kühn',
      },
    });
    expect(created.status).toBe(201);
    const lead = created.body as { id: string; version: number };
    await first.stop();

    const second = await startTestApp(dataDir);
    try {
      const read = await second.request('GET', `/leads/${lead.id}`, { token });
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({
        lastName: 'Łukaszewicz-Ștefănescu',
        company: 'Bäckerei Kühn',
      });
      expect(read.headers.get('etag')).toBe(`"${lead.version}"`);
      const body = {
        spaceId,
        firstName: 'Zoë',
        lastName: 'Łukaszewicz-Ștefănescu',
        company: 'Bäckerei Kühn',
      };
      const replay = await second.request('POST', '/leads', {
        token,
        headers: { 'idempotency-key': 'restart-key-1' },
        body,
      });
      expect(replay.status).toBe(201);
      expect((replay.body as { id: string }).id).toBe(lead.id);
      const reused = await second.request('POST', '/leads', {
        token,
        headers: { 'idempotency-key': 'restart-key-1' },
        body: { ...body, company: 'Another' },
      });
      expect(reused.status).toBe(422);
      // The demo's 160 leads of this tenant (10 unassigned) plus ours: no second seeding.
      const documents = await second.app.store!.exportTenant(seller.tenantId);
      expect(documents.filter((d) => d.type === 'lead')).toHaveLength(161);
    } finally {
      await second.stop();
    }
  });
});
