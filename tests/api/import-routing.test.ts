import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ImportJob } from '@channel-crm/domain';
import { DEMO_TENANTS, demoUser } from '../support/demo-data';
import { startTestApp, type TestApp } from '../support/test-app';

// An import's leads go through the space's assignment rules as each chunk is written.

const admin = demoUser('Claire Dubois');
const seller = demoUser('Élodie Martin');
const team = [demoUser('Ioana Popescu'), demoUser('Jonas Becker')];
const spaceId = DEMO_TENANTS[0]!.spaces[0]!.id;
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp(undefined, { importChunkRows: 3 });
}, 60_000);
afterAll(() => app?.dispose());

async function asAdmin(method: string, path: string, body: unknown, version: number) {
  const reply = await app.request(method, path, {
    token: await app.tokenFor(admin.id),
    body,
    headers: { 'if-match': `"${version}"` },
  });
  expect(reply.status).toBe(200);
}

it('routes the imported leads a rule matches, chunk by chunk, and leaves the others the importer’s', async () => {
  const teamId = crypto.randomUUID();
  await asAdmin(
    'PUT',
    `/spaces/${spaceId}/sales-teams`,
    {
      teams: [
        { id: teamId, name: 'Imports', members: team.map((u) => ({ userId: u.id, weight: 1 })) },
      ],
    },
    1,
  );
  await asAdmin(
    'PUT',
    `/spaces/${spaceId}/assignment-rules`,
    {
      rules: [
        {
          id: crypto.randomUUID(),
          name: 'Imported partners',
          conditions: [{ kind: 'company', operator: 'contains', text: 'Partner' }],
          actions: { assign: { to: 'team', teamId }, priority: 'normal', addTags: ['imported'] },
        },
      ],
    },
    1,
  );
  const rows = Array.from({ length: 8 }, (_, i) =>
    i % 2 ? `Jan${i},Kowalski,Partner ${i} SA` : `Ola${i},Nowak,Other ${i} SA`,
  );
  const bytes = new TextEncoder().encode(`First name,Last name,Company\n${rows.join('\n')}\n`);
  const token = await app.tokenFor(seller.id);
  const created = await app.request('POST', '/imports', {
    token,
    body: { spaceId, recordType: 'lead', fileName: 'routed.csv', size: bytes.length },
  });
  const job = created.body as ImportJob;
  await app.request('POST', `/imports/${job.id}/parts`, {
    token,
    body: { offset: 0, data: Buffer.from(bytes).toString('base64') },
  });
  expect((await app.request('POST', `/imports/${job.id}/start`, { token })).status).toBe(200);
  await expect
    .poll(
      async () =>
        ((await app.request('GET', `/imports/${job.id}`, { token })).body as ImportJob).status,
      {
        timeout: 30_000,
        interval: 100,
      },
    )
    .toBe('finished');

  const listed = await app.request('GET', `/leads?spaceId=${spaceId}&text=kowalski&limit=100`, {
    token: await app.tokenFor(admin.id),
  });
  const partners = (
    listed.body as { items: { ownerId?: string; priority?: string; tags: string[] }[] }
  ).items;
  expect(partners).toHaveLength(4);
  expect(partners.map((l) => l.ownerId).sort()).toEqual(
    [team[0]!.id, team[0]!.id, team[1]!.id, team[1]!.id].sort(),
  );
  expect(partners.every((l) => l.priority === 'normal' && l.tags.includes('imported'))).toBe(true);
  const others = await app.request('GET', `/leads?spaceId=${spaceId}&text=nowak&limit=100`, {
    token: await app.tokenFor(admin.id),
  });
  const mine = (others.body as { items: { ownerId?: string; company?: string }[] }).items.filter(
    (l) => l.company?.startsWith('Other'),
  );
  expect(mine.map((l) => l.ownerId)).toEqual([seller.id, seller.id, seller.id, seller.id]);
});
