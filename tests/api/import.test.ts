import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  importedRecordId,
  runImportChunk,
  systemClock,
  type CrmStore,
  type ImportChunkMessage,
} from '@channel-crm/domain/server';
import type { ImportJob, ImportPreview } from '@channel-crm/domain';
import { DEMO_TENANTS, demoUser } from '../support/demo-data';
import { importClient } from '../support/import-client';
import { newDataDir, startTestApp, type TestApp } from '../support/test-app';

const seller = demoUser('Élodie Martin');
const tenantId = seller.tenantId;
const spaceId = DEMO_TENANTS[0]!.spaces[0]!.id;
const { signIn, upload, start, finished, problems } = importClient(seller.id, spaceId);

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp(undefined, { importChunkRows: 250 });
}, 60_000);
afterAll(() => app?.dispose());

const leadsInSpace = (store: CrmStore) =>
  store.leads.count(tenantId, { scope: { viewerId: seller.id, spaceIds: [spaceId] } });

/**
 * A CSV of `rows` leads: every 50th row has a malformed e-mail (the E-mail column) and every
 * 100th from the 25th is ragged; every 10th repeats the row above (the same person again).
 */
function leadsCsv(rows: number, tag: string) {
  const lines = ['First name,Last name,Company,E-mail'];
  const bad = new Map<number, string>();
  for (let i = 1; i <= rows; i += 1) {
    const line = i + 1;
    if (i % 100 === 25) {
      lines.push(`Ragged,Row${i}`);
      bad.set(line, 'import.ragged_row');
    } else if (i % 50 === 0) {
      lines.push(`Anna${i},Nowak,${tag},not-an-email`);
      bad.set(line, 'field.invalid_email');
    } else if (i % 10 === 1 && i > 1 && !bad.has(line - 1)) {
      lines.push(lines.at(-1)!);
    } else {
      lines.push(`Jan${i},Kowalski,${tag},jan${i}@${tag}.example`);
    }
  }
  return { bytes: new TextEncoder().encode(`${lines.join('\n')}\n`), bad };
}

describe('importing a CSV of leads over HTTP', () => {
  it('stores every good row once and reports every bad one with its line and reason', async () => {
    const { bytes, bad } = leadsCsv(2000, 'bulk');
    const before = await leadsInSpace(app.app.store!);
    const job = await upload(app, 'leads.csv', bytes);
    expect(job.mapping?.columns.map((c) => c.field)).toEqual([
      'firstName',
      'lastName',
      'company',
      'email',
    ]);

    const token = await signIn(app);
    const preview = (await app.request('GET', `/imports/${job.id}/preview`, { token }))
      .body as ImportPreview;
    expect(preview.rows).toHaveLength(10);
    expect(preview.rows[0]).toEqual({
      line: 2,
      values: {
        firstName: 'Jan1',
        lastName: 'Kowalski',
        company: 'bulk',
        email: 'jan1@bulk.example',
      },
      problems: [],
    });

    await start(app, job.id);
    await start(app, job.id);
    const done = await finished(app, job.id);
    expect(done.counts).toEqual({ read: 2000, stored: 2000 - bad.size, skipped: bad.size });
    expect(await leadsInSpace(app.app.store!)).toBe(before + 2000 - bad.size);

    const reported = await problems(app, job.id);
    expect(new Map(reported.map((p) => [p.line, p.code]))).toEqual(bad);
    const badEmail = reported.find((p) => p.code === 'field.invalid_email')!;
    expect(badEmail).toMatchObject({ line: 51, column: 'E-mail' });
    expect(badEmail.fields).toEqual(['Anna50', 'Nowak', 'bulk', 'not-an-email']);
    expect(badEmail.reason).toMatch(/E-mail/);

    // Its duplicate keys were written with it: a new lead with an imported e-mail finds it.
    const check = await app.request('POST', '/duplicates/check', {
      token,
      body: { type: 'lead', spaceId, lastName: 'Other', email: 'JAN7@bulk.example' },
    });
    expect((check.body as { matches: { id: string }[] }).matches.map((m) => m.id)).toContain(
      importedRecordId(job.id, 8),
    );
  }, 60_000);

  it('exports every matching lead of the list as CSV, not one page', async () => {
    const token = await signIn(app);
    const url = `${app.app.api!.url}/api/exports/leads?spaceId=${spaceId}&text=bulk`;
    expect((await fetch(url)).status).toBe(401);
    const reply = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await reply.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^firstName,lastName,jobTitle,email,phone,tags,company,/);
    const { bad } = leadsCsv(2000, 'bulk');
    expect(lines).toHaveLength(1 + 2000 - bad.size);
    expect(lines).toContainEqual(expect.stringMatching(/^Jan2,Kowalski,,jan2@bulk\.example,/));
  }, 60_000);

  it('reads Windows-1250 and -1252, a UTF-8 BOM, semicolons and quoted line breaks', async () => {
    const cp = (text: string, table: Record<string, number>) =>
      Uint8Array.from([...text].map((c) => table[c] ?? c.charCodeAt(0)));
    const files: { name: string; bytes: Uint8Array; lead: Record<string, string> }[] = [
      {
        name: 'polish.csv',
        bytes: cp('Imię;Nazwisko;Firma\nŁucja;Żółkiewska;Śnieżka sp. z o.o.\n', {
          ę: 0xea,
          Ł: 0xa3,
          Ż: 0xaf,
          ó: 0xf3,
          ł: 0xb3,
          Ś: 0x8c,
          ż: 0xbf,
        }),
        lead: { firstName: 'Łucja', lastName: 'Żółkiewska', company: 'Śnieżka sp. z o.o.' },
      },
      {
        name: 'western.csv',
        bytes: cp('Prénom,Nom,Société\nFrançois,Müller,Crème à Noël\n', {
          é: 0xe9,
          ç: 0xe7,
          ü: 0xfc,
          è: 0xe8,
          à: 0xe0,
          ë: 0xeb,
        }),
        lead: { firstName: 'François', lastName: 'Müller', company: 'Crème à Noël' },
      },
      {
        name: 'bom.csv',
        bytes: new TextEncoder().encode(
          '\uFEFFFirst name,Last name,Notes,Company\r\nȘtefan,Ionescu,"line one\r\nline two",Ulm\r\n',
        ),
        lead: { firstName: 'Ștefan', lastName: 'Ionescu', company: 'Ulm' },
      },
    ];
    for (const file of files) {
      const job = await upload(app, file.name, file.bytes);
      await start(app, job.id);
      expect((await finished(app, job.id)).counts).toEqual({ read: 1, stored: 1, skipped: 0 });
      const lead = await app.app.store!.leads.get(tenantId, importedRecordId(job.id, 2));
      expect(lead, file.name).toMatchObject({ ...file.lead, spaceId, source: 'csv' });
    }
  }, 60_000);

  it('maps a vCard file of several contacts to contacts', async () => {
    const card = (first: string, last: string, email: string) =>
      `BEGIN:VCARD\r\nVERSION:4.0\r\nN:${last};${first};;;\r\nFN:${first} ${last}\r\nEMAIL;TYPE=work:${email}\r\nTITLE:Buyer\r\nEND:VCARD\r\n`;
    const text =
      card('Zofia', 'Wójcik', 'zofia@example.pl') +
      card('Hans', 'Weber', 'hans@example.de') +
      card('Ioana', 'Popa', 'ioana@example.ro');
    const job = await upload(app, 'people.vcf', new TextEncoder().encode(text), 'contact');
    await start(app, job.id);
    expect((await finished(app, job.id)).counts).toEqual({ read: 3, stored: 3, skipped: 0 });
    const contacts = await Promise.all(
      [1, 8, 15].map((line) =>
        app.app.store!.contacts.get(tenantId, importedRecordId(job.id, line)),
      ),
    );
    expect(contacts.map((c) => [c?.firstName, c?.lastName, c?.email, c?.jobTitle])).toEqual([
      ['Zofia', 'Wójcik', 'zofia@example.pl', 'Buyer'],
      ['Hans', 'Weber', 'hans@example.de', 'Buyer'],
      ['Ioana', 'Popa', 'ioana@example.ro', 'Buyer'],
    ]);
  }, 60_000);
});

describe('an import stopped mid-way', () => {
  let dataDir: string;
  afterAll(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('continues after a restart from its offset, a half-written chunk writing nothing twice', async () => {
    dataDir = await newDataDir();
    const first = await startTestApp(dataDir, { importChunkRows: 100, importWorker: false });
    const { bytes, bad } = leadsCsv(1000, 'resume');
    let job: ImportJob;
    let before: number;
    try {
      before = await leadsInSpace(first.app.store!);
      job = await upload(first, 'resume.csv', bytes);
      await start(first, job.id);
      const store = first.app.store!;
      const { services, handle } = first.app.imports!;
      // Two chunks run; the third writes its rows and crashes before the job moves past it.
      const message = async (): Promise<ImportChunkMessage> => {
        const { job: now } = (await store.imports.get(tenantId, job.id))!;
        return { tenantId, jobId: now.id, chunk: now.chunk, offset: now.offset, line: now.line };
      };
      await handle(await message());
      await handle(await message());
      const crashing: CrmStore = {
        ...store,
        imports: {
          ...store.imports,
          replace: () => Promise.reject(new Error('the process died here')),
        },
      };
      await expect(
        runImportChunk(crashing, services, systemClock, await message()),
      ).rejects.toThrow('died');
      expect(await leadsInSpace(store)).toBeGreaterThan(before + 200);
    } finally {
      await first.stop();
    }

    const second = await startTestApp(dataDir, { importChunkRows: 100 });
    try {
      const done = await finished(second, job.id);
      expect(done.counts).toEqual({ read: 1000, stored: 1000 - bad.size, skipped: bad.size });
      expect(await leadsInSpace(second.app.store!)).toBe(before + 1000 - bad.size);
      expect((await problems(second, job.id)).map((p) => p.line)).toEqual([...bad.keys()]);
    } finally {
      await second.stop();
    }
  }, 60_000);
});
