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
      {
        operationId: string;
        requestBody?: unknown;
        parameters: { name: string; in: string }[];
        responses: Record<string, { content?: Record<string, unknown> }>;
      }
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

  it("describes each success in the media type it answers: the web form's embed as HTML", async () => {
    const doc = (await t.request('GET', '/openapi.json')).body as Document;
    const embed = doc.paths['/api/forms/{formId}/embed']!.get!.responses['200']!;
    expect(embed.content).toEqual({ 'text/html': { schema: { type: 'string' } } });
    const lead = doc.paths['/api/leads/{id}']!.get!.responses['200']!;
    expect(Object.keys(lead.content ?? {})).toEqual(['application/json']);
  });
});
