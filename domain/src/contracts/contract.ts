import { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Who may call: any signed-in user, a tenant admin, anyone (no token), or the holder of a
 * space's API key (inbound leads: not Entra, see api/src/http/api-key-gate.ts).
 */
export type ContractAuth = 'user' | 'admin' | 'public' | 'apiKey';

/** What a success answers: JSON, or a page a public route writes itself (a web form). */
export type ResponseMediaType = 'application/json' | 'text/html';

/** `'id' | 'noteId'` from `'/leads/{id}/notes/{noteId}'`. */
export type ParamNames<Path extends string> = Path extends `${string}{${infer Name}}${infer Rest}`
  ? Name | ParamNames<Rest>
  : never;

export type PathParams<Path extends string> = { [K in ParamNames<Path>]: string };

type ContractSchemas<
  Path extends string,
  Query extends z.ZodType | undefined,
  Body extends z.ZodType | undefined,
  Response extends z.ZodType | undefined,
> = {
  params: z.ZodType<PathParams<Path>>;
  query: Query;
  body: Body;
  /** The success body; none for routes that answer 204. */
  response: Response;
};

/** One route of the API, as the API serves it, OpenAPI documents it and the tab calls it. */
export type Contract<
  Path extends string = string,
  Query extends z.ZodType | undefined = z.ZodType | undefined,
  Body extends z.ZodType | undefined = z.ZodType | undefined,
  Response extends z.ZodType | undefined = z.ZodType | undefined,
  IfMatch extends boolean = boolean,
  Idempotent extends boolean = boolean,
> = {
  /** The OpenAPI operationId and the Functions registration name. */
  name: string;
  method: HttpMethod;
  path: Path;
  summary: string;
  tag: string;
  auth: ContractAuth;
  /** Updates and lifecycle actions: `If-Match: "<version>"` required (428 without it). */
  ifMatch: IfMatch;
  /** Creates: honour `Idempotency-Key`. */
  idempotent: Idempotent;
  /** Success status; 201 for creates, 204 when the use case returns nothing. */
  status: 200 | 201 | 204;
  mediaType: ResponseMediaType;
  /**
   * The most store round trips one call may take as a user's next action (their actor already
   * read, the record's earlier events dispatched); tests/api/round-trips.test.ts holds every
   * route to it.
   */
  roundTrips: number | undefined;
  /** Server-side only: the tab's build ships contracts without them (tab/vite.config.ts). */
  schemas: ContractSchemas<Path, Query, Body, Response>;
};

// `any` lets a function accept every instantiation; each member is still checked on use.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyContract = Contract<string, any, any, any, boolean, boolean>;

type ContractSpec<
  Path extends string,
  Query extends z.ZodType | undefined,
  Body extends z.ZodType | undefined,
  Response extends z.ZodType | undefined,
  IfMatch extends boolean,
  Idempotent extends boolean,
> = {
  name: string;
  method: HttpMethod;
  path: Path;
  summary: string;
  tag: string;
  /** Every `{name}` in the path must be a UUID unless a schema here says otherwise. */
  params?: Partial<Record<ParamNames<Path>, z.ZodType<string>>>;
  query?: Query;
  body?: Body;
  response?: Response;
  ifMatch?: IfMatch;
  idempotent?: Idempotent;
  status?: 200 | 201 | 204;
  mediaType?: ResponseMediaType;
  auth?: ContractAuth;
  roundTrips?: number;
};

const PATH_PARAM = /\{([a-zA-Z]+)\}/g;

const pathParamNames = (path: string): string[] => [...path.matchAll(PATH_PARAM)].map((m) => m[1]!);

const paramsSchema = <Path extends string>(
  path: Path,
  overrides: Partial<Record<string, z.ZodType<string>>>,
) =>
  z.strictObject(
    Object.fromEntries(pathParamNames(path).map((name) => [name, overrides[name] ?? z.uuid()])),
  ) as unknown as z.ZodType<PathParams<Path>>;

/** Declares a route once; the API binds a handler to it, the tab calls it. */
export function contract<
  Path extends string,
  Query extends z.ZodType | undefined = undefined,
  Body extends z.ZodType | undefined = undefined,
  Response extends z.ZodType | undefined = undefined,
  IfMatch extends boolean = false,
  Idempotent extends boolean = false,
>(
  spec: ContractSpec<Path, Query, Body, Response, IfMatch, Idempotent>,
): Contract<Path, Query, Body, Response, IfMatch, Idempotent> {
  const idempotent = (spec.idempotent ?? false) as Idempotent;
  return {
    name: spec.name,
    method: spec.method,
    path: spec.path,
    summary: spec.summary,
    tag: spec.tag,
    auth: spec.auth ?? 'user',
    ifMatch: (spec.ifMatch ?? false) as IfMatch,
    idempotent,
    status: spec.status ?? (idempotent ? 201 : 200),
    mediaType: spec.mediaType ?? 'application/json',
    roundTrips: spec.roundTrips,
    schemas: {
      params: paramsSchema(spec.path, spec.params ?? {}),
      query: spec.query as Query,
      body: spec.body as Body,
      response: spec.response as Response,
    },
  };
}

/** The value a contract answers with; `void` for those that answer 204. */
export type ResponseOf<C extends AnyContract> = C['schemas']['response'] extends z.ZodType
  ? z.output<C['schemas']['response']>
  : void;

/** `{ items }` of a list the domain returns whole. */
export const itemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** A page of a list: `{ items, continuation? }`. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), continuation: z.string().optional() });

export type Page<T> = { items: T[]; continuation?: string };
