import { routes } from '@channel-crm/api/routes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.dispose());

type Document = {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      { operationId: string; requestBody?: unknown; parameters: { name: string; in: string }[] }
    >
  >;
};

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document that lists every route of the table', async () => {
    const reply = await t.request('GET', '/openapi.json');
    expect(reply.status).toBe(200);
    const doc = reply.body as Document;
    expect(doc.openapi).toBe('3.1.0');
    for (const route of routes) {
      const operation = doc.paths[`/api${route.path}`]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      expect(operation!.operationId).toBe(route.name);
      if (route.schemas.body) expect(operation!.requestBody).toBeDefined();
      if (route.ifMatch) expect(operation!.parameters.map((p) => p.name)).toContain('If-Match');
    }
    const operations = Object.values(doc.paths).flatMap((p) => Object.keys(p));
    expect(operations).toHaveLength(routes.length);
  });
});
