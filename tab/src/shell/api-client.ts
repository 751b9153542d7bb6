import type { AnyContract, PathParams, ResponseOf } from '@channel-crm/domain/contracts';
import type { z } from 'zod';
import { ApiError, type Problem } from './api-error';

export type TokenSource = () => Promise<string | undefined>;

let tokenSource: TokenSource = async () => undefined;
let onUnauthorized: () => void = () => {};

/** The session provider tells the client how to get a token and what to do on 401. */
export function configureApi(source: TokenSource, unauthorized: () => void): void {
  tokenSource = source;
  onUnauthorized = unauthorized;
}

type Schemas<C extends AnyContract> = C['schemas'];

/** What calling a contract takes: each part required exactly when the contract needs it. */
export type CallOptions<C extends AnyContract> = (keyof PathParams<C['path']> extends never
  ? { params?: never }
  : { params: PathParams<C['path']> }) &
  (Schemas<C>['query'] extends z.ZodType
    ? { query?: z.input<Schemas<C>['query']> }
    : { query?: never }) &
  (Schemas<C>['body'] extends z.ZodType
    ? { body: z.input<Schemas<C>['body']> }
    : { body?: never }) &
  /** The record version the user saw; sent as `If-Match: "<version>"`. */
  (C['ifMatch'] extends true ? { version: number } : { version?: never }) &
  (C['idempotent'] extends true ? { idempotencyKey?: string } : { idempotencyKey?: never }) & {
    signal?: AbortSignal;
  };

type CallArgs<C extends AnyContract> =
  object extends CallOptions<C> ? [options?: CallOptions<C>] : [options: CallOptions<C>];

/** What the client reads of a contract: the tab's build ships only these (tab/vite.config.ts). */
export type Endpoint = Pick<AnyContract, 'method' | 'path'>;

export type RequestParts = {
  params?: Record<string, string>;
  query?: object;
  body?: unknown;
  version?: number;
  idempotencyKey?: string;
};

export type ApiRequest = {
  method: AnyContract['method'];
  /** Below `/api`, with the path parameters filled in and the query string. */
  path: string;
  headers: Record<string, string>;
  body: string | null;
};

function pathOf(endpoint: Endpoint, params: Record<string, string> = {}, query: object = {}) {
  const path = endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(params[name] ?? ''),
  );
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/** The HTTP request that calls `endpoint` (without the token). */
export function buildRequest(endpoint: Endpoint, parts: RequestParts = {}): ApiRequest {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (parts.body !== undefined) headers['content-type'] = 'application/json';
  if (parts.version !== undefined) headers['if-match'] = `"${parts.version}"`;
  if (parts.idempotencyKey) headers['idempotency-key'] = parts.idempotencyKey;
  return {
    method: endpoint.method,
    path: pathOf(endpoint, parts.params, parts.query),
    headers,
    body: parts.body === undefined ? null : JSON.stringify(parts.body),
  };
}

async function problemOf(response: Response): Promise<Problem> {
  try {
    const body = (await response.json()) as Partial<Problem>;
    return { ...body, status: response.status };
  } catch {
    return { status: response.status, title: response.statusText };
  }
}

/** Calls a contract of the API; the answer has the contract's response type. */
export async function call<C extends AnyContract>(
  contract: C,
  ...[options]: CallArgs<C>
): Promise<ResponseOf<C>> {
  const request = buildRequest(contract, options);
  const token = await tokenSource();
  if (token) request.headers.authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(`/api${request.path}`, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: options?.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, detail: String(error) });
  }
  if (!response.ok) {
    const problem = await problemOf(response);
    if (response.status === 401) onUnauthorized();
    throw new ApiError(problem);
  }
  const text = response.status === 204 ? '' : await response.text();
  // The API answers what the contract's response schema describes.
  return (text ? JSON.parse(text) : undefined) as ResponseOf<C>;
}

/** A file the API streams (a list's CSV export), as a Blob. */
export async function downloadFile(path: string): Promise<Blob> {
  const token = await tokenSource();
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  } catch (error) {
    throw new ApiError({ status: 0, detail: String(error) });
  }
  if (!response.ok) {
    if (response.status === 401) onUnauthorized();
    throw new ApiError(await problemOf(response));
  }
  return response.blob();
}
