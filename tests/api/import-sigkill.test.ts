import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ImportJob } from '@channel-crm/domain';
import { importedRecordId, type CrmStore, type StoredDocument } from '@channel-crm/domain/server';
import {
  killed,
  startAppProcess,
  startSharedStores,
  stopped,
  type AppProcess,
  type RunningStores,
  type SharedStores,
} from '../support/app-process';
import { DEMO_TENANTS, demoUser } from '../support/demo-data';
import { importClient } from '../support/import-client';

const seller = demoUser('Élodie Martin');
const tenantId = seller.tenantId;
const spaceId = DEMO_TENANTS[0]!.spaces[0]!.id;
const ROWS = 3000;
/** Small chunks: the job is still running, many chunks from its end, when the first is stored. */
const CHUNK_ROWS = 100;
const TAG = 'sigkill';

// Cosmos and Azurite live in this process (and Azurite's own child): they outlive the app.
let shared: RunningStores | undefined;
let stores: SharedStores;
let store: CrmStore;
const apps: AppProcess[] = [];

beforeAll(async () => {
  shared = await startSharedStores();
  ({ stores, store } = shared);
}, 60_000);

afterAll(async () => {
  await Promise.all(apps.map(killed));
  await shared?.close();
});

/** The API with its import worker and its recovery sweep at start, as a child process. */
async function startApp(): Promise<AppProcess> {
  const app = await startAppProcess(stores, { importChunkRows: CHUNK_ROWS });
  apps.push(app);
  return app;
}

/** Unique people; every 50th row has a malformed e-mail and is left out. */
function leadsCsv() {
  const lines = ['First name,Last name,Company,E-mail'];
  const good: number[] = [];
  const bad: number[] = [];
  for (let i = 1; i <= ROWS; i += 1) {
    if (i % 50 === 0) {
      lines.push(`Anna${i},Nowak,${TAG},not-an-email`);
      bad.push(i + 1);
    } else {
      lines.push(`Jan${i},Kowalski,${TAG},jan${i}@${TAG}.example`);
      good.push(i + 1);
    }
  }
  return {
    bytes: new TextEncoder().encode(`${lines.join('\n')}\n`),
    goodLines: good,
    badLines: bad,
  };
}

const leadsInSpace = () =>
  store.leads.count(tenantId, { scope: { viewerId: seller.id, spaceIds: [spaceId] } });

it('an import whose process is SIGKILLed mid-way finishes after a restart without duplicates', async () => {
  const { bytes, goodLines, badLines } = leadsCsv();
  const before = await leadsInSpace();
  const client = importClient(seller.id, spaceId);

  const first = await startApp();
  const job = await client.upload(first, 'sigkill.csv', bytes);
  await client.start(first, job.id);
  const token = await client.signIn(first);
  // Killed as soon as the job shows progress: its first chunk stored, the next one under way.
  let atKill: ImportJob | undefined;
  for (const until = Date.now() + 60_000; !atKill && Date.now() < until;) {
    const now = (await first.request('GET', `/imports/${job.id}`, { token })).body as ImportJob;
    if (now.counts.stored > 0) atKill = now;
    else await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await killed(first);
  expect(atKill?.status).toBe('running');
  expect(atKill!.counts.read).toBeLessThan(ROWS / 2);

  const second = await startApp();
  try {
    const done = await client.finished(second, job.id, 90_000);
    expect(done.counts).toEqual({
      read: ROWS,
      stored: goodLines.length,
      skipped: badLines.length,
    });
    expect(done.counts.read).toBe(done.counts.stored + done.counts.skipped);
    expect(await leadsInSpace()).toBe(before + goodLines.length);

    const leads = (await store.exportTenant(tenantId)).filter(
      (d): d is Extract<StoredDocument, { type: 'lead' }> => d.type === 'lead' && d.company === TAG,
    );
    const ids = leads.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(goodLines.map((line) => importedRecordId(job.id, line))));
    const emails = leads.map((d) => d.email);
    expect(new Set(emails).size).toBe(goodLines.length);
    expect((await client.problems(second, job.id)).map((p) => p.line)).toEqual(badLines);
  } finally {
    await stopped(second);
  }
}, 180_000);
