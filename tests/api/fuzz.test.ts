import { routes, type Route } from '@channel-crm/api/routes';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concretePath, idsOf, type IdsBySegment } from '../support/route-paths';
import { demoUser } from '../support/demo-data';
import { documentVersions } from '../support/document-versions';
import { startTestApp, type RequestOptions, type TestApp } from '../support/test-app';

const SAMPLES_PER_ROUTE = 1_000;
/** Routes that take no input at all only get stray query strings, which they ignore. */
const SAMPLES_PER_INPUTLESS_ROUTE = 50;
const PARALLEL = 8;

let t: TestApp;
let ids: IdsBySegment;
let token: string;
/** For the API-key routes: a key of the space the route paths name, at the highest rate. */
let apiKey: string;
const claire = demoUser('Claire Dubois');
const katarzyna = demoUser('Katarzyna Wiśniewska');

beforeAll(async () => {
  t = await startTestApp();
  ids = idsOf(await t.app.store!.exportTenant(claire.tenantId));
  token = await t.tokenFor(claire.id);
  const created = await t.request('POST', `/spaces/${ids.spaces}/api-keys`, {
    token,
    body: { name: 'Fuzz', ratePerMinute: 6000 },
  });
  apiKey = (created.body as { token: string }).token;
  const form = await t.request('POST', `/spaces/${ids.spaces}/forms`, {
    token,
    body: {
      name: 'Fuzz',
      fields: ['email'],
      allowedOrigins: ['https://example.com'],
      confirmation: { en: 'Thanks' },
    },
  });
  ids.forms = (form.body as { id: string }).id;
});
afterAll(() => t.dispose());

const snapshot = () => documentVersions(t.app.store!, [claire.tenantId, katarzyna.tenantId]);

type Sample = { path: string; options: RequestOptions };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const notUuid = fc
  .string({ minLength: 1, maxLength: 60 })
  .filter((s) => !UUID.test(s) && s !== '.' && s !== '..');

const notJson = fc.string({ minLength: 1 }).filter((s) => {
  try {
    JSON.parse(s);
    return false;
  } catch {
    return true;
  }
});

const rejectedBy = (schema: NonNullable<Route['schemas']['body']>) => (value: unknown) =>
  !schema.safeParse(value).success;

const hasInput = (route: Route) =>
  route.path.includes('{') || route.schemas.query !== undefined || route.schemas.body !== undefined;

/** Requests malformed in their path parameters, query string or body, so never valid. */
function malformed(route: Route): fc.Arbitrary<Sample> {
  const sample = (path: string, body?: unknown, rawBody?: string): Sample => ({
    path,
    options: {
      token: route.auth === 'apiKey' ? apiKey : token,
      body,
      rawBody,
      headers: route.ifMatch ? { 'if-match': '"1"' } : {},
    },
  });
  const validPath = concretePath(route, ids);
  const kinds: fc.Arbitrary<Sample>[] = [];
  if (route.path.includes('{')) {
    const body = route.schemas.body ? {} : undefined;
    kinds.push(
      notUuid.map((bad) =>
        sample(
          concretePath(route, {}, () => bad),
          body,
        ),
      ),
    );
  }
  const query = route.schemas.query;
  if (query) {
    const keys = Object.keys((query as unknown as { shape?: object }).shape ?? {});
    const values = fc.oneof(fc.string(), fc.constantFrom('-1', '0', '1e9', 'NaN', 'true', ''));
    kinds.push(
      fc
        .dictionary(fc.oneof(fc.constantFrom(...keys), fc.string()), values, { minKeys: 1 })
        .filter(rejectedBy(query))
        .map((q) => sample(`${validPath}?${new URLSearchParams(q)}`)),
    );
  }
  const body = route.schemas.body;
  if (body) {
    kinds.push(
      fc
        .anything({ maxDepth: 3 })
        .filter(rejectedBy(body))
        .map((b) => sample(validPath, b)),
    );
    kinds.push(notJson.map((raw) => sample(validPath, undefined, raw)));
  }
  if (kinds.length === 0)
    kinds.push(fc.string().map((q) => sample(`${validPath}?${encodeURIComponent(q)}=1`)));
  return fc.oneof(...kinds);
}

describe('fuzzing every route with malformed input', () => {
  it(`never answers 5xx and never writes (${SAMPLES_PER_ROUTE} requests per route)`, async () => {
    const before = await snapshot();
    const failures: string[] = [];
    let sent = 0;
    // Public routes that read their own input (web forms) are fuzzed too.
    for (const route of routes.filter((r) => r.auth !== 'public' || r.serve)) {
      const numRuns = hasInput(route) ? SAMPLES_PER_ROUTE : SAMPLES_PER_INPUTLESS_ROUTE;
      const pending = fc.sample(malformed(route), { numRuns, seed: 42 });
      const worker = async () => {
        for (let s = pending.pop(); s; s = pending.pop()) {
          const reply = await t.request(route.method, s.path, s.options);
          sent++;
          const wrote = reply.status < 400 && route.method !== 'GET';
          if (reply.status >= 500 || wrote)
            failures.push(
              `${route.name} → ${reply.status}: ${s.path} ${JSON.stringify(s.options.body ?? s.options.rawBody)}`,
            );
        }
      };
      await Promise.all(Array.from({ length: PARALLEL }, worker));
    }
    expect(failures.slice(0, 5)).toEqual([]);
    expect(sent).toBeGreaterThan(SAMPLES_PER_ROUTE * 40);
    expect(await snapshot()).toBe(before);
  }, 600_000);
});
