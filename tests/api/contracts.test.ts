import { routes } from '@channel-crm/api/routes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRequest, type RequestParts } from '../../tab/src/shell/api-client';
import { allContracts, localOnlyContracts } from '../support/contract-list';
import { demoUser } from '../support/demo-data';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await startTestApp();
  token = await t.tokenFor(demoUser('Claire Dubois').id);
});
afterAll(() => t.dispose());

type Operation = { operationId: string };
type Document = { paths: Record<string, Record<string, Operation>> };

const served = allContracts.filter((c) => !localOnlyContracts.includes(c));

describe('the contracts', () => {
  it('are each in the OpenAPI document, with their method, path and operationId', async () => {
    const doc = (await t.request('GET', '/openapi.json')).body as Document;
    for (const c of served)
      expect(doc.paths[`/api${c.path}`]?.[c.method.toLowerCase()]?.operationId, c.name).toBe(
        c.name,
      );
    const operations = Object.values(doc.paths).flatMap((p) => Object.values(p));
    expect(operations).toHaveLength(served.length);
  });

  it('are each bound to exactly one route of the API', () => {
    expect(routes.map((r) => r.name).sort()).toEqual(served.map((c) => c.name).sort());
  });
});

type Sent = { status: number; detail: string; path: string };

/** Sends what the tab's client builds for the call, as Claire. */
async function send(parts: Parameters<typeof buildRequest>): Promise<Sent> {
  const request = buildRequest(...parts);
  const response = await fetch(`${t.app.api!.url}/api${request.path}`, {
    method: request.method,
    headers: { ...request.headers, authorization: `Bearer ${token}` },
    body: request.body,
  });
  const text = await response.text();
  const detail = text.startsWith('{')
    ? String((JSON.parse(text) as { detail?: unknown }).detail)
    : '';
  return { status: response.status, detail, path: new URL(response.url).pathname };
}

/** The host's own refusal: no route takes this method and path (it names the path it got). */
const routingRefusal = (sent: Sent) =>
  sent.status === 405 || (sent.status === 404 && sent.detail.includes(sent.path));

/** Parts every contract accepts in shape: unknown ids, so nothing changes. */
function partsFor(contract: (typeof allContracts)[number]): RequestParts {
  const params = Object.fromEntries(
    [...contract.path.matchAll(/\{(\w+)\}/g)].map((m) => [m[1]!, crypto.randomUUID()]),
  );
  return {
    params,
    ...(contract.schemas.body ? { body: {} } : {}),
    ...(contract.ifMatch ? { version: 1 } : {}),
    ...(contract.idempotent ? { idempotencyKey: crypto.randomUUID() } : {}),
  };
}

describe("the tab's client", () => {
  it('reaches a route of the local API host for every contract', async () => {
    const unrouted = [];
    for (const c of allContracts) {
      const sent = await send([c, partsFor(c)]);
      if (routingRefusal(sent)) unrouted.push(`${c.name}: ${c.method} ${sent.path} ${sent.status}`);
    }
    expect(unrouted).toEqual([]);
  });

  it('would notice a contract the API does not serve', async () => {
    const wrongPath = await send([
      { method: 'GET', path: '/leads/{id}/nowhere' },
      partsFor(served[0]!),
    ]);
    const wrongMethod = await send([{ method: 'PUT', path: '/leads' }, {}]);
    expect(routingRefusal(wrongPath)).toBe(true);
    expect(routingRefusal(wrongMethod)).toBe(true);
  });
});
