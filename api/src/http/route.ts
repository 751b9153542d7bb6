import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import type { z } from 'zod';
import type { AnyContract, PathParams, ResponseOf } from '@channel-crm/domain/contracts';
import type { Result, UseCaseContext } from '@channel-crm/domain/server';

/** What the generic layer hands a route after auth and validation passed. */
export type RouteRequest<P, Q, B> = {
  params: P;
  query: Q;
  body: B;
  /** The business version from `If-Match` (routes with `ifMatch: true`), else 0. */
  expectedVersion: number;
};

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

/** The request a contract's handler gets: its path params, and its query and body parsed. */
export type RequestOf<C extends AnyContract> = RouteRequest<
  PathParams<C['path']>,
  Parsed<C['schemas']['query']>,
  Parsed<C['schemas']['body']>
>;

/** A contract with its types erased: what the generic layer and OpenAPI read. */
export type ErasedContract = Omit<AnyContract, 'schemas'> & {
  schemas: { params: z.ZodType; query?: z.ZodType; body?: z.ZodType; response?: z.ZodType };
};

type RouteInput = { params: unknown; query: unknown; body: unknown; expectedVersion: number };

/**
 * A public route that answers HTTP itself (HTML, form posts, CORS), still described by its
 * contract for OpenAPI and the fuzz test: it reads and checks its own input.
 */
export type ServeHttp = (request: HttpRequest, correlationId: string) => Promise<HttpResponseInit>;

/** A contract with its handler bound; `run` gets input parsed with the contract's schemas. */
export type Route = ErasedContract &
  (
    | { run(ctx: UseCaseContext, input: RouteInput): Promise<Result<unknown>>; serve?: never }
    | {
        serve: ServeHttp;
        /** Also answers CORS preflight (`OPTIONS`) on its path. */
        preflight: boolean;
        run?: never;
      }
  );

/** Binds a public contract to a handler that answers HTTP itself. */
export function bindHttp(
  contract: AnyContract,
  serve: ServeHttp,
  options: { preflight?: boolean } = {},
): Route {
  const { schemas, ...described } = contract;
  if (described.auth !== 'public')
    throw new Error(`${contract.name}: only public routes serve HTTP`);
  return { ...described, schemas, serve, preflight: options.preflight ?? false };
}

/** Binds the handler (usually one use case) that serves a contract. */
export function bind<C extends AnyContract>(
  contract: C,
  handle: (ctx: UseCaseContext, req: RequestOf<C>) => Promise<Result<ResponseOf<C>>>,
): Route {
  const { schemas, ...described } = contract as AnyContract;
  return {
    ...described,
    schemas: {
      params: schemas.params,
      query: schemas.query,
      body: schemas.body,
      response: schemas.response,
    },
    // The generic layer parsed `input` with exactly these schemas before calling run.
    run: (ctx, input) => handle(ctx, input as RequestOf<C>),
  };
}
