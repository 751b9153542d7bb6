import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS, demoUser } from '../support/demo-data';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let claire: string;
const france = DEMO_TENANTS[0]!.spaces.find((s) => s.name === 'Ventes France')!.id;
const SHOP = 'https://shop.example';

type Form = { id: string; fields: string[] };
type Lead = { lastName: string; source: string; ownerId?: string; email?: string };

beforeAll(async () => {
  t = await startTestApp();
  claire = await t.tokenFor(demoUser('Claire Dubois').id);
});
afterAll(() => t.dispose());

const newForm = async (): Promise<Form> => {
  const reply = await t.request('POST', `/spaces/${france}/forms`, {
    token: claire,
    body: {
      name: 'Contact us',
      fields: ['email', 'company'],
      allowedOrigins: [SHOP],
      language: 'en',
      confirmation: { en: 'Thank you!', fr: 'Merci !' },
    },
  });
  expect(reply.status).toBe(201);
  return reply.body as Form;
};

const embed = (formId: string, origin = SHOP) =>
  t.request('GET', `/forms/${formId}/embed`, { headers: { origin } });

/** The signed render time out of the form's HTML. */
const stampOf = (html: unknown) => /name="_rendered" value="([^"]+)"/.exec(String(html))![1]!;

const submit = (formId: string, fields: Record<string, string>, headers = {}) =>
  t.request('POST', `/forms/${formId}/submissions`, {
    body: fields,
    headers: { origin: SHOP, ...headers },
  });

const poolLeadsNamed = async (lastName: string) => {
  const reply = await t.request(
    'GET',
    `/leads?spaceId=${france}&unassigned=true&text=${lastName}&limit=100`,
    { token: claire },
  );
  return (reply.body as { items: Lead[] }).items.filter((l) => l.lastName === lastName);
};

describe('web forms', () => {
  it('only admins and the space’s managers create them, with valid origins', async () => {
    const elodie = await t.tokenFor(demoUser('Élodie Martin').id);
    const body = {
      name: 'X',
      fields: ['email'],
      allowedOrigins: [SHOP],
      confirmation: { en: 'Hi' },
    };
    expect(
      (await t.request('POST', `/spaces/${france}/forms`, { token: elodie, body })).status,
    ).toBe(403);
    const badOrigin = await t.request('POST', `/spaces/${france}/forms`, {
      token: claire,
      body: { ...body, allowedOrigins: ['https://shop.example/path'] },
    });
    expect(badOrigin.status).toBe(400);
    expect(JSON.stringify(badOrigin.body)).toContain('allowedOrigins');
  });

  it('serves its HTML to its origins only, with a preflight for them', async () => {
    const form = await newForm();
    const page = await embed(form.id);
    expect(page.status).toBe(200);
    expect(page.headers.get('access-control-allow-origin')).toBe(SHOP);
    expect(String(page.body)).toContain('name="email"');
    expect(String(page.body)).toContain('name="fax_number"');
    expect(String(page.body)).not.toContain('name="phone"');
    expect((await embed(form.id, 'https://evil.example')).status).toBe(403);

    const preflight = await t.request('OPTIONS', `/forms/${form.id}/submissions`, {
      headers: { origin: SHOP, 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(SHOP);
    const foreign = await t.request('OPTIONS', `/forms/${form.id}/submissions`, {
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('stores a submission in the free pool, confirms in the visitor’s language, and fools bots', async () => {
    const form = await newForm();
    const stamps = await Promise.all(
      Array.from({ length: 4 }, async () => stampOf((await embed(form.id)).body)),
    );
    const tooFast = await submit(form.id, { lastName: 'Hasty', _rendered: stamps[0]! });
    expect([tooFast.status, (tooFast.body as { code: string }).code]).toEqual([
      422,
      'web_form_timing',
    ]);
    const forged = await submit(form.id, {
      lastName: 'Forger',
      _rendered: `${Date.now() - 10_000}.${'A'.repeat(43)}`,
    });
    expect(forged.status).toBe(422);

    await sleep(3_100);
    const sent = await submit(
      form.id,
      { lastName: 'Visitor', email: 'visitor@shop.example', _rendered: stamps[1]! },
      { 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.5' },
    );
    expect(sent.status).toBe(200);
    expect(sent.body).toEqual({ message: 'Merci !' });
    expect(sent.headers.get('access-control-allow-origin')).toBe(SHOP);
    const [lead, ...more] = await poolLeadsNamed('Visitor');
    expect(more).toEqual([]);
    expect(lead).toMatchObject({ source: 'web_form', email: 'visitor@shop.example' });
    expect(lead!.ownerId).toBeUndefined();

    const bot = await submit(form.id, {
      lastName: 'Botty',
      fax_number: '+1 555 0100',
      _rendered: stamps[2]!,
    });
    expect([bot.status, bot.body]).toEqual([200, { message: 'Thank you!' }]);
    expect(await poolLeadsNamed('Botty')).toEqual([]);

    const plain = await t.request('POST', `/forms/${form.id}/submissions`, {
      rawBody: new URLSearchParams({ lastName: 'Plainpost', _rendered: stamps[3]! }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(plain.status).toBe(200);
    expect(String(plain.body)).toContain('Thank you!');
    expect(await poolLeadsNamed('Plainpost')).toHaveLength(1);
  });

  it('stops taking submissions once deleted', async () => {
    const form = await newForm();
    const deleted = await t.request('DELETE', `/spaces/${france}/forms/${form.id}`, {
      token: claire,
    });
    expect(deleted.status).toBe(204);
    expect((await embed(form.id)).status).toBe(404);
    const listed = await t.request('GET', `/spaces/${france}/forms`, { token: claire });
    expect((listed.body as { items: Form[] }).items.map((f) => f.id)).not.toContain(form.id);
  });
});
