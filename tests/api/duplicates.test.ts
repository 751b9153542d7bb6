import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS, demoUser } from '../support/demo-data';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let elodie: string;
let claire: string;
const france = DEMO_TENANTS[0]!.spaces.find((s) => s.name === 'Ventes France')!.id;

type Lead = { id: string; version: number; possibleDuplicate?: { ids: string[]; hidden: number } };
type Problem = { code: string; params: Record<string, string> };

beforeAll(async () => {
  t = await startTestApp();
  elodie = await t.tokenFor(demoUser('Élodie Martin').id);
  claire = await t.tokenFor(demoUser('Claire Dubois').id);
});
afterAll(() => t.dispose());

const create = (body: object) =>
  t.request('POST', '/leads', { token: elodie, body: { spaceId: france, ...body } });

const setPolicy = async (duplicatePolicy: string) => {
  const space = await t.request('GET', `/spaces/${france}`, { token: claire });
  const version = (space.body as { version: number }).version;
  const reply = await t.request('PATCH', `/spaces/${france}`, {
    token: claire,
    headers: { 'if-match': `"${version}"` },
    body: { duplicatePolicy, defaultCountry: 'FR' },
  });
  expect(reply.status).toBe(200);
};

describe('duplicates over HTTP', () => {
  it('flags a second lead, checks a draft, rejects under the reject policy', async () => {
    await setPolicy('flag');
    const first = await create({ lastName: 'Garnier', phone: '06 12 34 56 78' });
    expect(first.status).toBe(201);
    const original = first.body as Lead;
    const second = await create({ lastName: 'Garnier', phone: '+33 6 12 34 56 78' });
    expect(second.status).toBe(201);
    expect((second.body as Lead).possibleDuplicate).toEqual({ ids: [original.id], hidden: 0 });

    const check = await t.request('POST', '/duplicates/check', {
      token: elodie,
      body: { type: 'lead', spaceId: france, lastName: 'G', phone: '0612345678' },
    });
    expect(check.status).toBe(200);
    expect((check.body as { matches: { id: string }[] }).matches.map((m) => m.id).sort()).toEqual(
      [original.id, (second.body as Lead).id].sort(),
    );

    await setPolicy('reject');
    const refused = await create({ lastName: 'Garnier', phone: '0612345678' });
    expect(refused.status).toBe(409);
    expect((refused.body as Problem).code).toBe('duplicate');
    expect([original.id, (second.body as Lead).id]).toContain((refused.body as Problem).params.id);
    await setPolicy('flag');
  });

  it('merges a lead into another; the old id answers the survivor', async () => {
    const a = (await create({ lastName: 'Moreau', email: 'paul@moreau-sa.fr' })).body as Lead;
    const b = (await create({ lastName: 'Moreau', firstName: 'Paul' })).body as Lead;
    const merged = await t.request('POST', `/leads/${a.id}/merge`, {
      token: elodie,
      headers: { 'if-match': `"${a.version}"` },
      body: { mergedId: b.id },
    });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ id: a.id, firstName: 'Paul', email: 'paul@moreau-sa.fr' });
    const old = await t.request('GET', `/leads/${b.id}`, { token: elodie });
    expect(old.status).toBe(200);
    expect((old.body as Lead).id).toBe(a.id);
  });

  it.each([
    {
      path: '/contacts',
      body: { lastName: 'Fabre', email: 'lea@fabre-conseil.fr' },
      filled: { phone: '+33 6 44 55 66 77' },
    },
    {
      path: '/accounts',
      body: { name: 'Fabre Conseil SARL', website: 'https://fabre-conseil.fr' },
      filled: { phone: '+33 1 44 55 66 77' },
    },
  ])(
    '$path follow the space’s policy: flag, reject with 409, merge',
    async ({ path, body, filled }) => {
      const post = (extra: object) =>
        t.request('POST', path, {
          token: elodie,
          body: { spaceIds: [france], ...body, ...extra },
        });
      await setPolicy('flag');
      const first = await post({});
      expect(first.status).toBe(201);
      const original = first.body as Lead;
      const flagged = await post({});
      expect((flagged.body as Lead).possibleDuplicate).toEqual({ ids: [original.id], hidden: 0 });

      await setPolicy('reject');
      const refused = await post({});
      expect(refused.status).toBe(409);
      const both = [original.id, (flagged.body as Lead).id];
      expect((refused.body as Problem).code).toBe('duplicate');
      expect(both).toContain((refused.body as Problem).params.id);

      await setPolicy('merge');
      const merged = await post(filled);
      expect(merged.body).toMatchObject({ version: 2, ...filled });
      expect(both).toContain((merged.body as Lead).id);
      await setPolicy('flag');
    },
  );
});
