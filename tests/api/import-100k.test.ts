import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importedRecordId } from '@channel-crm/domain/server';
import type { Lead } from '@channel-crm/domain';
import { DEMO_TENANTS, demoUser } from '../support/demo-data';
import { importClient } from '../support/import-client';
import { startTestApp, type TestApp } from '../support/test-app';

// The size: 100,000 rows, 5 % of them repeating an earlier row, 1 % malformed.
const ROWS = 100_000;
const seller = demoUser('Élodie Martin');
const tenantId = seller.tenantId;
const spaceId = DEMO_TENANTS[0]!.spaces[0]!.id;
const { signIn, upload, start, finished, problems } = importClient(seller.id, spaceId);

let app: TestApp;

beforeAll(async () => {
  // Saving 100,000 leads and their keys at the end would only slow the test down.
  app = await startTestApp(undefined, { saveData: false });
}, 60_000);
afterAll(() => app?.dispose());

/**
 * Row `i` (file line i + 1). Every 20th row repeats the person ten rows above with the e-mail in
 * capitals; rows 37 and 87 of each hundred are malformed (a bad e-mail, a row missing columns).
 */
function hundredThousandRows() {
  const lines = ['First name,Last name,Company,E-mail'];
  const bad = new Map<number, string>();
  const repeats = new Map<number, number>();
  const person = (i: number) => `Jan${i},Kowalski,Firma ${i % 700},jan${i}@firma${i % 700}.example`;
  for (let i = 1; i <= ROWS; i += 1) {
    const line = i + 1;
    if (i % 100 === 37) {
      lines.push(`Anna${i},Nowak,Firma,anna${i}-at-firma.example`);
      bad.set(line, 'field.invalid_email');
    } else if (i % 100 === 87) {
      lines.push(`Ragged,Row${i}`);
      bad.set(line, 'import.ragged_row');
    } else if (i % 20 === 0) {
      const [first, last, company, email] = person(i - 10).split(',');
      lines.push([first, last, company, email!.toUpperCase()].join(','));
      repeats.set(line, line - 10);
    } else {
      lines.push(person(i));
    }
  }
  return { bytes: new TextEncoder().encode(`${lines.join('\n')}\n`), bad, repeats };
}

describe('importing 100,000 rows over HTTP', () => {
  it('stores every good row once, flags the repeated ones and reports every bad row', async () => {
    const { bytes, bad, repeats } = hundredThousandRows();
    const store = app.app.store!;
    const scope = { scope: { viewerId: seller.id, spaceIds: [spaceId] } };
    const before = await store.leads.count(tenantId, scope);

    const job = await upload(app, 'hundred-thousand.csv', bytes);
    await start(app, job.id);
    await start(app, job.id);
    const done = await finished(app, job.id, 900_000);

    expect(bad.size).toBe(ROWS / 50);
    expect(repeats.size).toBe(ROWS / 20);
    expect(done.counts).toEqual({ read: ROWS, stored: ROWS - bad.size, skipped: bad.size });
    expect(await store.leads.count(tenantId, scope)).toBe(before + ROWS - bad.size);

    const reported = await problems(app, job.id);
    expect(reported).toHaveLength(bad.size);
    expect(new Map(reported.map((p) => [p.line, p.code]))).toEqual(bad);
    expect(reported.find((p) => p.line === 38)).toMatchObject({ column: 'E-mail' });

    // Each repeated row is stored as its own lead, flagged as a possible duplicate of the row
    // it repeats; a bad row left nothing behind.
    const repeatLines = [...repeats.keys()];
    for (let at = 0; at < repeatLines.length; at += 100) {
      const lines = repeatLines.slice(at, at + 100);
      const leads = await store.leads.getMany(
        tenantId,
        lines.map((line) => importedRecordId(job.id, line)),
      );
      expect(leads).toHaveLength(lines.length);
      for (const lead of leads as Lead[]) {
        const line = lines.find((l) => importedRecordId(job.id, l) === lead.id)!;
        expect(lead.possibleDuplicate?.ids).toContain(importedRecordId(job.id, repeats.get(line)!));
      }
    }
    const badLeads = await store.leads.getMany(
      tenantId,
      [...bad.keys()].map((line) => importedRecordId(job.id, line)),
    );
    expect(badLeads).toEqual([]);

    // The stored rows can be found by their keys, written with them.
    const token = await signIn(app);
    const check = await app.request('POST', '/duplicates/check', {
      token,
      body: { type: 'lead', spaceId, lastName: 'Other', email: 'JAN99999@firma599.example' },
    });
    expect((check.body as { matches: { id: string }[] }).matches.map((m) => m.id)).toContain(
      importedRecordId(job.id, 100_000),
    );
  }, 1_200_000);
});
