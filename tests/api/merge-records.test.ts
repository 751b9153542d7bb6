import { observeRoundTrips } from '@channel-crm/api/local';
import { routes } from '@channel-crm/api/routes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS, demoUser } from '../support/demo-data';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let elodie: string;
const france = DEMO_TENANTS[0]!.spaces.find((s) => s.name === 'Ventes France')!.id;

type Versioned = { id: string; version: number };
type Contact = Versioned & { accountId?: string; email?: string; phone?: string };
type Opportunity = Versioned & {
  contactId?: string;
  accountIds: string[];
  primaryAccountId?: string;
};
type Problem = { code: string; errors?: { path: string }[] };

beforeAll(async () => {
  t = await startTestApp();
  elodie = await t.tokenFor(demoUser('Élodie Martin').id);
});
afterAll(() => t.dispose());

async function created<T>(path: string, body: object): Promise<T> {
  const reply = await t.request('POST', path, { token: elodie, body });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body as T;
}

const get = async <T>(path: string) => (await t.request('GET', path, { token: elodie })).body as T;

/** Merges over HTTP; answers the reply and the store round trips the merge took. */
async function merge(kind: 'contacts' | 'accounts', survivor: Versioned, body: object) {
  const taken: number[] = [];
  const operation = kind === 'contacts' ? 'mergeContact' : 'mergeAccount';
  const stop = observeRoundTrips((operationId, roundTrips) => {
    if (operationId === operation) taken.push(roundTrips);
  });
  const reply = await t
    .request('POST', `/${kind}/${survivor.id}/merge`, {
      token: elodie,
      headers: { 'if-match': `"${survivor.version}"` },
      body,
    })
    .finally(stop);
  const budget = routes.find((r) => r.name === operation)?.roundTrips ?? 0;
  return { reply, roundTrips: taken.at(-1) ?? 0, budget };
}

describe('merging contacts over HTTP', () => {
  it('moves the deals to the survivor, and the old id opens it', async () => {
    const spaceIds = [france];
    const survivor = await created<Contact>('/contacts', {
      lastName: 'Lefèvre',
      email: 'marc@lefevre.fr',
      spaceIds,
    });
    const merged = await created<Contact>('/contacts', {
      firstName: 'Marc',
      lastName: 'Lefevre',
      phone: '+33 6 11 22 33 44',
      spaceIds,
    });
    const deal = await created<Opportunity>('/opportunities', {
      spaceId: france,
      name: 'Renouvellement',
      contactId: merged.id,
    });

    const badChoice = await merge('contacts', survivor, {
      mergedId: merged.id,
      values: { phone: 'both' },
    });
    expect(badChoice.reply.status).toBe(400);
    expect((badChoice.reply.body as Problem).errors?.map((e) => e.path)).toEqual(['values.phone']);
    const stale = await merge(
      'contacts',
      { ...survivor, version: survivor.version + 1 },
      {
        mergedId: merged.id,
      },
    );
    expect(stale.reply.status).toBe(412);

    const { reply, roundTrips, budget } = await merge('contacts', survivor, {
      mergedId: merged.id,
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ id: survivor.id, phone: '+33 6 11 22 33 44' });
    expect(roundTrips).toBeLessThanOrEqual(budget);
    expect((await get<Contact>(`/contacts/${merged.id}`)).id).toBe(survivor.id);
    expect((await get<Opportunity>(`/opportunities/${deal.id}`)).contactId).toBe(survivor.id);
  });
});

describe('merging accounts over HTTP', () => {
  it('moves the contacts and deals to the survivor, and the old id opens it', async () => {
    const spaceIds = [france];
    const survivor = await created<Versioned>('/accounts', { name: 'Dupont SARL', spaceIds });
    const merged = await created<Versioned>('/accounts', {
      name: 'Dupont',
      website: 'https://dupont.fr',
      spaceIds,
    });
    const person = await created<Contact>('/contacts', {
      lastName: 'Roux',
      accountId: merged.id,
      spaceIds,
    });
    const deal = await created<Opportunity>('/opportunities', {
      spaceId: france,
      name: 'Flotte',
      accountId: merged.id,
    });

    const { reply, roundTrips, budget } = await merge('accounts', survivor, {
      mergedId: merged.id,
      values: { name: 'survivor' },
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ name: 'Dupont SARL', website: 'https://dupont.fr' });
    expect(roundTrips).toBeLessThanOrEqual(budget);
    expect((await get<Versioned>(`/accounts/${merged.id}`)).id).toBe(survivor.id);
    const people = await get<{ items: Contact[] }>(`/contacts?accountId=${survivor.id}`);
    expect(people.items.map((c) => c.id)).toEqual([person.id]);
    expect(await get<Opportunity>(`/opportunities/${deal.id}`)).toMatchObject({
      accountIds: [survivor.id],
      primaryAccountId: survivor.id,
    });
    const accounts = await get<{ items: Versioned[] }>(`/accounts?spaceId=${france}&limit=100`);
    expect(accounts.items.map((a) => a.id)).not.toContain(merged.id);
  });
});
