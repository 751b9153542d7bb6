import type {
  HttpHandler,
  HttpRequest,
  HttpResponseInit,
  InvocationContext,
} from '@azure/functions';
import {
  inUnitOfWork,
  withVisibleNextActivities,
  type Actor,
  type UseCaseContext,
} from '@channel-crm/domain/server';
import { appServices, type AppServices } from '../services/app-services';
import { admitKeyRequest } from '../inbound/api-key-gate';
import { readJsonBody, type BodyRead } from './body';
import { CORRELATION_HEADER, correlationIdFrom } from './correlation';
import { etagOf, versionFromIfMatch } from './etag';
import { findReplay, isValidIdempotencyKey, keepReplay, requestHash } from './idempotency';
import { answersCarryNextActivity } from './next-activity-answers';
import { problem, problemFromDomain } from './problem';
import { publicView, versionOf, withoutStorageFields } from './public-view';
import type { VerifiedIdentity } from '../auth/validator';
import type { Route } from './route';
import { validate } from './validate';

type Step<T> = { ok: true; value: T } | { ok: false; response: HttpResponseInit };

const done = <T>(value: T): Step<T> => ({ ok: true, value });
const stop = (response: HttpResponseInit): Step<never> => ({ ok: false, response });

async function authenticate(
  route: Route,
  request: HttpRequest,
  services: AppServices,
  correlationId: string,
): Promise<Step<VerifiedIdentity | undefined>> {
  if (route.auth === 'public' || route.auth === 'apiKey') return done(undefined);
  const check = await services.validateToken(request.headers.get('authorization'));
  if (!check.ok) return stop(problem('unauthorized', check.reason, correlationId));
  return done(check.identity);
}

/** Reads the user's document, so it runs only once the request is known to be well formed. */
async function authorize(
  route: Route,
  identity: VerifiedIdentity | undefined,
  services: AppServices,
  correlationId: string,
): Promise<Step<Actor | undefined>> {
  if (!identity) return done(undefined);
  const actor = await services.actors.actorFor(identity);
  if (route.auth === 'admin' && actor.role !== 'admin')
    return stop(
      problem('forbidden', 'Only a tenant admin may do this', correlationId, {
        code: 'admin_only',
      }),
    );
  return done(actor);
}

type Input = { params: unknown; query: unknown; body: unknown; rawBody: unknown };

/** `preRead`: the body a gate already read (the API key gate, to check its signature). */
async function parseInput(
  route: Route,
  request: HttpRequest,
  correlationId: string,
  preRead?: BodyRead,
): Promise<Step<Input>> {
  const params = validate(route.schemas.params, request.params, 'params.');
  const query = route.schemas.query
    ? validate(route.schemas.query, Object.fromEntries(request.query), 'query.')
    : { ok: true as const, value: undefined };
  let body: ReturnType<typeof validate> = { ok: true, value: undefined };
  let rawBody: unknown;
  if (route.schemas.body) {
    const read = preRead ?? (await readJsonBody(request));
    if (!read.ok && read.reason === 'too_large')
      return stop(problem('payload_too_large', 'The body exceeds 1 MB', correlationId));
    if (!read.ok)
      return stop(
        problem('validation', 'The body is not valid JSON', correlationId, {
          errors: [
            { path: 'body', reason: 'not valid JSON', code: 'field.invalid_json', params: {} },
          ],
        }),
      );
    rawBody = read.value;
    body = validate(route.schemas.body, read.value, '');
  }
  const errors = [params, query, body].flatMap((r) => (r.ok ? [] : r.errors));
  if (errors.length > 0)
    return stop(
      problem('validation', errors.map((e) => `${e.path}: ${e.reason}`).join('; '), correlationId, {
        errors,
      }),
    );
  return done({
    params: params.ok ? params.value : undefined,
    query: query.ok ? query.value : undefined,
    body: body.ok ? body.value : undefined,
    rawBody,
  });
}

function expectedVersion(route: Route, request: HttpRequest, correlationId: string): Step<number> {
  if (!route.ifMatch) return done(0);
  const header = request.headers.get('if-match');
  if (header === null)
    return stop(
      problem('precondition_required', 'Send If-Match with the ETag you read', correlationId),
    );
  const version = versionFromIfMatch(header);
  if (version === undefined)
    return stop(
      problem('validation', 'If-Match must be one ETag such as "3"', correlationId, {
        errors: [
          {
            path: 'headers.if-match',
            reason: 'expected one ETag such as "3"',
            code: 'field.if_match',
            params: {},
          },
        ],
      }),
    );
  return done(version);
}

function success(route: Route, value: unknown): HttpResponseInit {
  if (route.status === 204 || value === undefined) return { status: 204 };
  const version = versionOf(value);
  return {
    status: route.status,
    headers: {
      'content-type': 'application/json',
      ...(version !== undefined ? { etag: etagOf(version) } : {}),
    },
    body: JSON.stringify(value, withoutStorageFields),
  };
}

/** `nextActivities`: whether the route's answers may hold a record's next activity. */
async function respond(
  route: Route,
  request: HttpRequest,
  correlationId: string,
  nextActivities: boolean,
): Promise<HttpResponseInit> {
  const services = await appServices();
  const auth = await authenticate(route, request, services, correlationId);
  if (!auth.ok) return auth.response;
  const keyed =
    route.auth === 'apiKey' ? await admitKeyRequest(request, services, correlationId) : undefined;
  if (keyed && !keyed.ok) return keyed.response;
  const input = await parseInput(route, request, correlationId, keyed?.value.body);
  if (!input.ok) return input.response;
  const version = expectedVersion(route, request, correlationId);
  if (!version.ok) return version.response;
  const key = route.idempotent ? request.headers.get('idempotency-key') : null;
  if (key !== null && !isValidIdempotencyKey(key))
    return problem(
      'validation',
      'Idempotency-Key must be 1–200 visible characters',
      correlationId,
      {
        errors: [
          {
            path: 'headers.idempotency-key',
            reason: 'expected 1–200 visible characters',
            code: 'field.idempotency_key',
            params: {},
          },
        ],
      },
    );
  const authorized = await authorize(route, auth.value, services, correlationId);
  if (!authorized.ok) return authorized.response;
  const actor = keyed?.value.actor ?? authorized.value;
  // Only a request that may be replayed needs its hash.
  const replay =
    key !== null && actor
      ? {
          key,
          actor,
          hash: requestHash(request.method, new URL(request.url).pathname, input.value.rawBody),
        }
      : undefined;
  if (replay) {
    const earlier = await findReplay(services.store, replay.actor, replay.key);
    if (earlier && earlier.requestHash !== replay.hash)
      return problem(
        'idempotency_mismatch',
        'This Idempotency-Key was used for a different request',
        correlationId,
      );
    if (earlier)
      return {
        status: earlier.status,
        headers: { ...earlier.headers, 'idempotent-replayed': 'true' },
        body: JSON.stringify(earlier.body),
      };
  }
  const ctx: UseCaseContext = {
    // Public routes never reach a use case that reads the actor.
    actor: actor ?? anonymous,
    store: services.store,
    clock: services.clock,
    ids: services.ids,
    commitId: replay ? `idem:${replay.actor.userId}:${replay.key}` : correlationId,
  };
  // Routes that serve HTTP themselves never get here (routeHandler).
  const result = await route.run!(ctx, { ...input.value, expectedVersion: version.value });
  if (!result.ok) return problemFromDomain(result.error, correlationId);
  // A record's next activity shows colleagues no more than its assignee's task sharing.
  const shown =
    actor && nextActivities ? withVisibleNextActivities(actor, result.value) : result.value;
  const response = success(route, shown);
  if (replay && response.status !== undefined && response.status < 300)
    await keepReplay(services.store, replay.actor, replay.key, {
      requestHash: replay.hash,
      status: response.status,
      body: publicView(shown),
      headers: (response.headers ?? {}) as Record<string, string>,
      createdAt: services.clock.now(),
    });
  return response;
}

const anonymous: Actor = {
  tenantId: '',
  userId: '',
  name: '',
  role: 'partner',
  spaceIds: [],
  subordinateIds: [],
};

function withCorrelation(response: HttpResponseInit, correlationId: string): HttpResponseInit {
  const headers = { ...(response.headers as Record<string, string> | undefined) };
  headers[CORRELATION_HEADER] = correlationId;
  return { ...response, headers };
}

/** `handlerMs`: the request path, from the HttpRequest in to the answer out. */
type RoundTripListener = (operationId: string, roundTrips: number, handlerMs: number) => void;
const roundTripListeners = new Set<RoundTripListener>();

/**
 * Hears how many store round trips each answered request took, and how long it was in the
 * handler (benchmarks, budget test).
 */
export function observeRoundTrips(listener: RoundTripListener): () => void {
  roundTripListeners.add(listener);
  return () => roundTripListeners.delete(listener);
}

/** The one generic handler every route of the table is registered with. */
export function routeHandler(route: Route): HttpHandler {
  const nextActivities = answersCarryNextActivity(route.schemas.response);
  return async (request: HttpRequest, context: InvocationContext) => {
    const start = performance.now();
    const correlationId = correlationIdFrom(request.headers.get('traceparent'));
    try {
      const { value: response, roundTrips } = await inUnitOfWork(() =>
        route.serve
          ? route.serve(request, correlationId)
          : respond(route, request, correlationId, nextActivities),
      );
      const handlerMs = performance.now() - start;
      for (const listener of roundTripListeners) listener(route.name, roundTrips, handlerMs);
      return withCorrelation(response, correlationId);
    } catch (error) {
      context.error(`[${correlationId}] ${route.name} failed`, error);
      return withCorrelation(
        problem('internal', 'Unexpected error; quote the instance when reporting', correlationId),
        correlationId,
      );
    }
  };
}
