import { ERROR_CODES } from '@channel-crm/domain';
import { z } from 'zod';
import type { ErasedContract } from './route';

type JsonSchema = Record<string, unknown>;

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as JsonSchema;
  return rest;
};

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

const errorKey = {
  code: {
    type: 'string',
    enum: ERROR_CODES,
    description: 'A stable key to translate the English text by',
  },
  params: {
    type: 'object',
    additionalProperties: { type: ['string', 'number'] },
    description: 'The values the translated text shows, by placeholder name',
  },
};

const ProblemSchema = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'instance', 'code', 'params'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string', description: 'In English, for logs' },
    instance: { type: 'string', description: 'The correlation id of the request' },
    ...errorKey,
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'reason', 'code', 'params'],
        properties: { path: { type: 'string' }, reason: { type: 'string' }, ...errorKey },
      },
    },
    currentVersion: { type: 'integer', description: 'The record’s version now, on 412' },
    existingId: { type: 'string', description: 'The record that exists already, on 409' },
    rule: { type: 'string', description: 'The business rule that refused the change, on 422' },
  },
};

function parameters(route: ErasedContract) {
  const result: Record<string, unknown>[] = [];
  const add = (schema: z.ZodType | undefined, where: 'path' | 'query') => {
    if (!schema) return;
    const json = jsonSchema(schema, 'input');
    const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((json.required ?? []) as string[]);
    for (const [name, property] of Object.entries(properties))
      result.push({
        name,
        in: where,
        required: where === 'path' || required.has(name),
        schema: property,
      });
  };
  add(route.schemas.params, 'path');
  add(route.schemas.query, 'query');
  if (route.ifMatch)
    result.push({ name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } });
  if (route.idempotent)
    result.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      schema: { type: 'string' },
    });
  return result;
}

function operation(route: ErasedContract) {
  const responses: Record<string, unknown> = {
    [route.status]:
      route.status === 204
        ? { description: 'Done' }
        : {
            description: 'Success',
            content: {
              [route.mediaType]: {
                schema:
                  route.mediaType === 'text/html'
                    ? { type: 'string' }
                    : route.schemas.response
                      ? jsonSchema(route.schemas.response, 'output')
                      : {},
              },
            },
          },
    '400': problemResponse('A parameter or field is not valid'),
  };
  if (route.auth !== 'public') {
    responses['401'] = problemResponse('No valid token');
    responses['403'] = problemResponse('Not allowed');
    responses['404'] = problemResponse('Not found or not visible to you');
  }
  if (route.ifMatch) {
    responses['412'] = problemResponse('The record changed since you read it');
    responses['428'] = problemResponse('If-Match is missing');
  }
  if (route.auth === 'apiKey')
    responses['429'] = problemResponse(
      "Over the key's rate, or too many wrong keys from this address; Retry-After says when to try again",
    );
  if (route.method !== 'GET') responses['422'] = problemResponse('A business rule refused');
  return {
    operationId: route.name,
    summary: route.summary,
    tags: [route.tag],
    ...(route.auth === 'public' ? { security: [] } : {}),
    ...(route.auth === 'apiKey' ? { security: [{ apiKeyBearer: [] }, { apiKeyHeader: [] }] } : {}),
    parameters: parameters(route),
    ...(route.schemas.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(route.schemas.body, 'input') } },
          },
        }
      : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document of the contracts, from their zod schemas. */
export function openApiDocument(contracts: readonly ErasedContract[], basePath = '/api') {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const contract of contracts) {
    const path = basePath + contract.path;
    paths[path] = { ...paths[path], [contract.method.toLowerCase()]: operation(contract) };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Channel CRM API', version: '1.0.0' },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        apiKeyBearer: { type: 'http', scheme: 'bearer', bearerFormat: 'crm_<keyId>_<secret>' },
        apiKeyHeader: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
      },
      schemas: { Problem: ProblemSchema },
    },
    paths,
  };
}
