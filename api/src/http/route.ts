import { z } from 'zod';
import type { Result, UseCaseContext } from '@channel-crm/domain/server';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What the generic layer hands a route after auth and validation passed. */
export type RouteRequest<P, Q, B> = {
  params: P;
  query: Q;
  body: B;
  /** The business version from `If-Match` (routes with `ifMatch: true`), else 0. */
  expectedVersion: number;
};

export type RouteAuth = 'user' | 'admin' | 'public';

/** `'id' | 'noteId'` from `'/leads/{id}/notes/{noteId}'`. */
export type ParamNames<Path extends string> = Path extends `${string}{${infer Name}}${infer Rest}`
  ? Name | ParamNames<Rest>
  : never;

export type PathParams<Path extends string> = { [K in ParamNames<Path>]: string };

export type RouteOptions<Path extends string, Q extends z.ZodType, B extends z.ZodType> = {
  summary: string;
  tag: string;
  /** Every `{name}` in the path must be a UUID unless a schema here says otherwise. */
  params?: Partial<Record<ParamNames<Path>, z.ZodType<string>>>;
  query?: Q;
  body?: B;
  /** Describes the success body in the OpenAPI document. */
  response?: z.ZodType;
  /** Updates and lifecycle actions: `If-Match: "<version>"` required (428 without it). */
  ifMatch?: boolean;
  /** Creates: honour `Idempotency-Key`. */
  idempotent?: boolean;
  /** Success status; 201 for creates, 204 when the use case returns nothing. */
  status?: 200 | 201 | 204;
  auth?: RouteAuth;
};

type Parsed = { params: unknown; query: unknown; body: unknown };

/** A route of the table with its types erased; `parse` and `run` keep them consistent. */
export type Route = {
  name: string;
  method: HttpMethod;
  path: string;
  summary: string;
  tag: string;
  auth: RouteAuth;
  ifMatch: boolean;
  idempotent: boolean;
  status: 200 | 201 | 204;
  schemas: { params: z.ZodType; query?: z.ZodType; body?: z.ZodType; response?: z.ZodType };
  run(ctx: UseCaseContext, input: Parsed & { expectedVersion: number }): Promise<Result<unknown>>;
};

const PATH_PARAM = /\{([a-zA-Z]+)\}/g;

export function pathParamNames(path: string): string[] {
  return [...path.matchAll(PATH_PARAM)].map((m) => m[1]!);
}

const paramsSchema = (path: string, overrides: Partial<Record<string, z.ZodType<string>>>) =>
  z.strictObject(
    Object.fromEntries(pathParamNames(path).map((name) => [name, overrides[name] ?? z.uuid()])),
  );

export function route<
  Path extends string,
  Q extends z.ZodType = z.ZodUndefined,
  B extends z.ZodType = z.ZodUndefined,
>(
  name: string,
  method: HttpMethod,
  path: Path,
  options: RouteOptions<Path, Q, B>,
  handle: (
    ctx: UseCaseContext,
    req: RouteRequest<PathParams<Path>, z.output<Q>, z.output<B>>,
  ) => Promise<Result<unknown>>,
): Route {
  return {
    name,
    method,
    path,
    summary: options.summary,
    tag: options.tag,
    auth: options.auth ?? 'user',
    ifMatch: options.ifMatch ?? false,
    idempotent: options.idempotent ?? false,
    status: options.status ?? (options.idempotent ? 201 : 200),
    schemas: {
      params: paramsSchema(path, options.params ?? {}),
      query: options.query,
      body: options.body,
      response: options.response,
    },
    // The generic layer parsed `input` with exactly these schemas before calling run.
    run: (ctx, input) =>
      handle(ctx, input as RouteRequest<PathParams<Path>, z.output<Q>, z.output<B>>),
  };
}
