import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  importedRecordId,
  runImportChunk,
  systemClock,
  type CrmStore,
} from '@channel-crm/domain/server';
import type { ImportJob, Lead } from '@channel-crm/domain';
import { DEMO_TENANTS, demoUser } from '../support/demo-data';
import { importClient } from '../support/import-client';
import { startTestApp, type TestApp } from '../support/test-app';

const elodie = demoUser('Élodie Martin');
const lukas = demoUser('Lukas Schmidt');
const tenantId = elodie.tenantId;
const [france, dach] = DEMO_TENANTS[0]!.spaces.map((space) => space.id) as [string, string];
const { upload, start, problems } = importClient(elodie.id, france);

let app: TestApp;
const store = (): CrmStore => app.app.store!;

beforeAll(async () => {
  // Chunks of two rows, run by the test itself: a row repeats one in its own chunk or in one
  // before, and a chunk can be made to crash before the job moves past it.
  app = await startTestApp(undefined, { importChunkRows: 2, importWorker: false, timers: false });
}, 60_000);
afterAll(() => app?.dispose());

async function setPolicy(duplicatePolicy: 'flag' | 'merge' | 'reject') {
  const token = await app.tokenFor(demoUser('Claire Dubois').id);
  const space = await app.request('GET', `/spaces/${france}`, { token });
  const reply = await app.request('PATCH', `/spaces/${france}`, {
    token,
    headers: { 'if-match': `"${(space.body as { version: number }).version}"` },
    body: { duplicatePolicy, defaultCountry: 'FR' },
  });
  expect(reply.status).toBe(200);
}

/** A lead typed in by hand: Élodie's in France (she sees it), or Lukas's in DACH (she does not). */
async function existingLead(who: 'elodie' | 'lukas', fields: Record<string, string>) {
  const [user, spaceId] = who === 'elodie' ? [elodie, france] : [lukas, dach];
  const reply = await app.request('POST', '/leads', {
    token: await app.tokenFor(user.id),
    body: { spaceId, ...fields },
  });
  expect(reply.status).toBe(201);
  return reply.body as Lead;
}

const csv = (...lines: string[]) => new TextEncoder().encode(`${lines.join('\n')}\n`);

const jobOf = async (id: string) => (await store().imports.get(tenantId, id))!.job;
const messageOf = (job: ImportJob) => ({
  tenantId,
  jobId: job.id,
  chunk: job.chunk,
  offset: job.offset,
  line: job.line,
});

/** Runs the import's chunks one by one, as the worker would, until it is finished. */
async function runToEnd(id: string): Promise<ImportJob> {
  for (;;) {
    const job = await jobOf(id);
    if (job.status === 'finished') return job;
    await app.app.imports!.handle(messageOf(job));
  }
}

async function imported(fileName: string, bytes: Uint8Array) {
  const job = await upload(app, fileName, bytes);
  await start(app, job.id);
  return job;
}

const lead = (jobId: string, line: number) =>
  store().leads.get(tenantId, importedRecordId(jobId, line));

/** The cards the local Bot Connector delivered to a user that contain `text`. */
async function cardsFor(userId: string, text: string) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const reply = await app.request('GET', `/dev/outbox?userId=${encodeURIComponent(userId)}`);
    const cards = (reply.body as unknown[]).filter((card) => JSON.stringify(card).includes(text));
    if (cards.length > 0 || Date.now() > deadline) return cards;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const HEADER = 'First name,Last name,Company,E-mail,Phone';

describe('imported rows under the space’s duplicate policy', () => {
  it('flags rows like stored leads or earlier rows, naming only what the importer sees', async () => {
    await setPolicy('flag');
    const mine = await existingLead('elodie', { lastName: 'Visible', email: 'vi@flag.example' });
    const theirs = await existingLead('lukas', { lastName: 'Hidden', email: 'hi@flag.example' });
    const job = await imported(
      'flag.csv',
      csv(
        HEADER,
        'Vera,Visible,VisCo,VI@flag.example,',
        'Hugo,Hidden,HidCo,hi@flag.example,',
        'Cara,New,NewCo,cara@flag.example,',
        'Cara,New,NewCo,cara@flag.example,',
        'Dan,Other,DanCo,dan@flag.example,',
        'Cara,New,NewCo,cara@flag.example,',
      ),
    );
    const done = await runToEnd(job.id);
    expect(done.counts).toEqual({ read: 6, stored: 6, skipped: 0 });

    const flags = await Promise.all([2, 3, 4, 5, 6, 7].map((line) => lead(job.id, line)));
    expect(flags.map((l) => l?.possibleDuplicate)).toEqual([
      { ids: [mine.id], hidden: 0 },
      { ids: [], hidden: 1 },
      undefined,
      { ids: [importedRecordId(job.id, 4)], hidden: 0 },
      undefined,
      {
        ids: expect.arrayContaining([4, 5].map((line) => importedRecordId(job.id, line))),
        hidden: 0,
      },
    ]);
    // Lukas is told of the row like his lead; Élodie never learns which lead it is.
    expect(await cardsFor(lukas.id, 'entered a possible duplicate')).toHaveLength(1);
    expect(JSON.stringify(flags)).not.toContain(theirs.id);
  }, 60_000);

  it('merges rows into the stored lead or the earlier row; a row like a hidden lead is flagged', async () => {
    await setPolicy('merge');
    const mine = await existingLead('elodie', { lastName: 'Merle', email: 'me@merge.example' });
    await existingLead('lukas', { lastName: 'Hidden', email: 'hi@merge.example' });
    const before = await store().leads.count(tenantId, {
      scope: { viewerId: elodie.id, spaceIds: [france] },
    });
    const job = await imported(
      'merge.csv',
      csv(
        HEADER,
        'Mia,Merle,MerleCo,me@merge.example,+33 6 11 22 33 44',
        'Nora,Nils,NilsCo,nora@merge.example,',
        'Olga,Orr,OrrCo,olga@merge.example,',
        'Olga,Orr,OrrCo,olga@merge.example,+33 6 99 88 77 66',
        'Hedda,Hidden,HeddaCo,hi@merge.example,',
        'Hedda,Hidden,HeddaCo,hi@merge.example,+33 6 12 12 12 12',
        'Nora,Nils,NilsCo,nora@merge.example,06 55 44 33 22',
      ),
    );
    const done = await runToEnd(job.id);
    expect(done.counts).toEqual({ read: 7, stored: 7, skipped: 0, merged: 4 });
    expect(
      await store().leads.count(tenantId, { scope: { viewerId: elodie.id, spaceIds: [france] } }),
    ).toBe(before + 3);

    // The stored lead keeps its name and takes the blanks the row fills.
    expect(await store().leads.get(tenantId, mine.id)).toMatchObject({
      version: 2,
      firstName: 'Mia',
      lastName: 'Merle',
      company: 'MerleCo',
      phone: '+33 6 11 22 33 44',
    });
    expect((await lead(job.id, 3))?.phone).toBe('06 55 44 33 22');
    expect((await lead(job.id, 4))?.phone).toBe('+33 6 99 88 77 66');
    // A row like only a hidden lead is flagged, and the row repeating it fills it.
    expect(await lead(job.id, 6)).toMatchObject({
      possibleDuplicate: { ids: [], hidden: 1 },
      phone: '+33 6 12 12 12 12',
    });
    for (const line of [5, 7, 8]) expect(await lead(job.id, line)).toBeUndefined();
  }, 60_000);

  it('rejects rows like stored leads or earlier rows, reporting line, column and reason', async () => {
    await setPolicy('reject');
    await existingLead('elodie', { firstName: 'Rita', lastName: 'Rey', email: 'r@reject.example' });
    const theirs = await existingLead('lukas', {
      firstName: 'Hans',
      lastName: 'Verborgen',
      email: 'hv@reject.example',
    });
    const job = await imported(
      'reject.csv',
      csv(
        HEADER,
        'Rita,Rey,ReyCo,r@reject.example,',
        'Henri,Hidden,HenriCo,hv@reject.example,',
        'Sam,Same,SameCo,sam@reject.example,',
        'Sam,Same,SameCo,sam@reject.example,',
        'Sam,Same,SameCo,sam@reject.example,',
      ),
    );
    const done = await runToEnd(job.id);
    expect(done.counts).toEqual({ read: 5, stored: 1, skipped: 4 });
    expect(await lead(job.id, 4)).toBeDefined();

    const reported = await problems(app, job.id);
    expect(
      reported.map(({ line, column, code, reason }) => ({ line, column, code, reason })),
    ).toEqual([
      {
        line: 2,
        column: 'E-mail',
        code: 'import.duplicate_of_record',
        reason: 'Duplicate of “Rita Rey”, already in the CRM.',
      },
      {
        line: 3,
        column: 'E-mail',
        code: 'import.duplicate_hidden',
        reason: 'Duplicate of a record you cannot see.',
      },
      {
        line: 5,
        column: 'E-mail',
        code: 'import.duplicate_of_line',
        reason: 'Duplicate of line 4 of this file.',
      },
      {
        line: 6,
        column: 'E-mail',
        code: 'import.duplicate_of_record',
        reason: 'Duplicate of “Sam Same”, already in the CRM.',
      },
    ]);
    expect(JSON.stringify(reported)).not.toMatch(new RegExp(`${theirs.id}|Verborgen`));
  }, 60_000);

  it('a chunk run again after a crash merges and writes nothing twice', async () => {
    await setPolicy('merge');
    const mine = await existingLead('elodie', { lastName: 'Again', email: 'a@rerun.example' });
    const job = await imported(
      'rerun.csv',
      csv(
        HEADER,
        'Ada,Again,AgainCo,a@rerun.example,+33 6 10 20 30 40',
        'Ben,Twice,TwiceCo,ben@rerun.example,',
        'Ben,Twice,TwiceCo,ben@rerun.example,+33 6 50 60 70 80',
      ),
    );
    const crashing: CrmStore = {
      ...store(),
      imports: { ...store().imports, replace: () => Promise.reject(new Error('died here')) },
    };
    const first = messageOf(await jobOf(job.id));
    await expect(
      runImportChunk(crashing, app.app.imports!.services, systemClock, first),
    ).rejects.toThrow('died');
    await expect(
      runImportChunk(crashing, app.app.imports!.services, systemClock, first),
    ).rejects.toThrow('died');

    const done = await runToEnd(job.id);
    expect(done.counts).toEqual({ read: 3, stored: 3, skipped: 0, merged: 2 });
    // Merged once: a second merge would have moved the lead to version 3.
    expect(await store().leads.get(tenantId, mine.id)).toMatchObject({
      version: 2,
      firstName: 'Ada',
      phone: '+33 6 10 20 30 40',
    });
    expect(await lead(job.id, 2)).toBeUndefined();
    expect((await lead(job.id, 3))?.phone).toBe('+33 6 50 60 70 80');
    expect(await lead(job.id, 4)).toBeUndefined();
  }, 60_000);
});
