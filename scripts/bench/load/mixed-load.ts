// The mixed load: autocannon connections as virtual users, each choosing its next action
// as a seller in the tab would, with the ETag it read for every write.
import autocannon from 'autocannon';
import { percentile, type BenchFigure } from '../figure';
import type { Target, VirtualUser } from './load-users';

export type Route = 'list' | 'read' | 'search' | 'edit' | 'stage_move' | 'note';
const READS: Route[] = ['list', 'read', 'search'];
const ROUTES: Route[] = [...READS, 'edit', 'stage_move', 'note'];

/**
 * What a seller does next, in percent: mostly looking (the deal list, opening a deal,
 * searching), sometimes writing. An edit or a stage move first opens the deal (a read) and
 * writes with its ETag, so about 55 % of the requests are reads of a record or a list, 15 %
 * searches and 30 % writes.
 */
const NEXT_ACTION: [Route, number][] = [
  ['list', 25],
  ['read', 20],
  ['search', 15],
  ['edit', 15],
  ['stage_move', 10],
  ['note', 15],
];
/** One write in ten goes to the record the seller's other tabs edit too. */
const CONTESTED_SHARE = 0.1;

type Sent = { route: Route; at: number; target?: Target; afterRead?: 'edit' | 'stage_move' };
type UserState = {
  user: VirtualUser;
  sent?: Sent;
  write?: { route: Route; path: string; body: string; etag: string; target: Target };
};
type Context = { vu?: number };

type Tally = {
  samples: Map<Route, number[]>;
  errors5xx: number;
  unexpected412: number;
  expected412: number;
  other4xx: Map<number, number>;
};

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

function nextAction(): Route {
  let roll = Math.random() * 100;
  for (const [route, weight] of NEXT_ACTION) {
    roll -= weight;
    if (roll < 0) return route;
  }
  return 'list';
}

function writeTarget(user: VirtualUser): Target {
  return Math.random() < CONTESTED_SHARE || user.own.length === 0 ? user.contested : pick(user.own);
}

/** The next request of one virtual user, remembering what it sent. */
function nextRequest(state: UserState): {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  body?: string;
  headers: Record<string, string>;
} {
  const headers: Record<string, string> = {
    authorization: `Bearer ${state.user.token}`,
    'content-type': 'application/json',
  };
  const at = performance.now();
  if (state.write) {
    const { route, path, body, etag, target } = state.write;
    state.write = undefined;
    state.sent = { route, at, target };
    return { method: 'PATCH', path, body, headers: { ...headers, 'if-match': etag } };
  }
  const action = nextAction();
  if (action === 'list' || action === 'search') {
    state.sent = { route: action, at };
    const query =
      action === 'list'
        ? pick(['limit=50', 'limit=50&sort=amount&direction=desc', 'limit=50&status=open'])
        : `limit=20&text=${encodeURIComponent(pick(state.user.searchWords))}`;
    return { method: 'GET', path: `/api/opportunities?${query}`, headers };
  }
  const target = writeTarget(state.user);
  if (action === 'note') {
    state.sent = { route: action, at, target };
    return {
      method: 'POST',
      path: `/api/opportunities/${target.id}/notes`,
      body: JSON.stringify({
        text: `Called the customer, follow-up on ${new Date().toISOString()}`,
      }),
      headers: { ...headers, 'idempotency-key': crypto.randomUUID() },
    };
  }
  state.sent = { route: 'read', at, target, afterRead: action === 'read' ? undefined : action };
  return { method: 'GET', path: `/api/opportunities/${target.id}`, headers };
}

/** After a read that opens an edit or a stage move: the write it leads to, with the ETag. */
function prepareWrite(state: UserState, sent: Sent, body: string, etag: string) {
  const target = sent.target!;
  if (sent.afterRead === 'edit') {
    state.write = {
      route: 'edit',
      path: `/api/opportunities/${target.id}`,
      body: JSON.stringify({ description: `Next step agreed on ${new Date().toISOString()}` }),
      etag,
      target,
    };
  } else if (sent.afterRead === 'stage_move') {
    const { stageId } = JSON.parse(body) as { stageId: string };
    const others = target.openStageIds.filter((s) => s !== stageId);
    state.write = {
      route: 'stage_move',
      path: `/api/opportunities/${target.id}/stage`,
      body: JSON.stringify({ stageId: pick(others) }),
      etag,
      target,
    };
  }
}

function record(tally: Tally, sent: Sent, status: number) {
  tally.samples.get(sent.route)!.push(performance.now() - sent.at);
  if (status >= 500) tally.errors5xx++;
  else if (status === 412 && sent.target?.expected412) tally.expected412++;
  else if (status === 412) tally.unexpected412++;
  else if (status >= 400) tally.other4xx.set(status, (tally.other4xx.get(status) ?? 0) + 1);
}

export type MixedLoadOptions = {
  url: string;
  users: VirtualUser[];
  seconds: number;
  prefix: string;
  /**
   * Each virtual user's pause between two actions, as a person reading the page they opened;
   * 0 sends the next request as soon as the last answers.
   */
  thinkMs: number;
};

/** Runs the load to its end (or `stop()`), then gives its figures. */
export function startMixedLoad({ url, users, seconds, prefix, thinkMs }: MixedLoadOptions) {
  const tally: Tally = {
    samples: new Map(ROUTES.map((r) => [r, []])),
    errors5xx: 0,
    unexpected412: 0,
    expected412: 0,
    other4xx: new Map(),
  };
  const states: UserState[] = users.map((user) => ({ user }));
  let assigned = 0;
  const step: autocannon.Request = {
    setupRequest: (request, context: Context) => {
      context.vu ??= assigned++;
      return { ...request, ...nextRequest(states[context.vu]!) };
    },
    onResponse: (status, body, context: Context, headers) => {
      const state = states[context.vu!]!;
      const sent = state.sent!;
      record(tally, sent, status);
      const etag = headers?.etag ?? headers?.ETag;
      if (status === 200 && sent.afterRead && typeof etag === 'string')
        prepareWrite(state, sent, body, etag);
    },
  };
  // autocannon builds a connection's first request before the run into the object they all
  // share, so the first is the same for all: the sign-in page's list of demo users.
  const signInPage: autocannon.Request = { method: 'GET', path: '/api/dev/users' };
  // It starts a connection's context afresh when it reaches the end of `requests`, so the list
  // is longer than any connection gets through (1,000 requests a second each).
  const steps = Array.from({ length: seconds * 1000 }, () => step);
  let instance: autocannon.Instance | undefined;
  const done = new Promise<BenchFigure[]>((resolve, reject) => {
    instance = autocannon(
      {
        url,
        connections: users.length,
        duration: seconds,
        requests: [signInPage, ...steps],
        // autocannon paces whole requests per second and keeps at most one connection per
        // request a second: below one action a second per user it would drop users, so the
        // benchmark's pause is 1 s (a seller clicking every second: busier than any real one).
        ...(thinkMs > 0
          ? { overallRate: Math.max(1, Math.round((users.length * 1000) / thinkMs)) }
          : {}),
      },
      (error: unknown, result) =>
        error ? reject(error as Error) : resolve(figures(prefix, tally, result)),
    );
  });
  return { done, stop: () => instance?.stop() };
}

function figures(prefix: string, tally: Tally, result: autocannon.Result): BenchFigure[] {
  const out: BenchFigure[] = [];
  const round = (n: number) => Math.round(n * 100) / 100;
  let total = 0;
  for (const route of ROUTES) {
    const samples = tally.samples.get(route)!;
    total += samples.length;
    out.push(
      {
        name: `${prefix}.${route}.rps`,
        value: round(samples.length / result.duration),
        unit: 'req/s',
      },
      { name: `${prefix}.${route}.p50`, value: percentile(samples, 50), unit: 'ms' },
      { name: `${prefix}.${route}.p95`, value: percentile(samples, 95), unit: 'ms' },
      { name: `${prefix}.${route}.p99`, value: percentile(samples, 99), unit: 'ms' },
    );
  }
  const other4xx = [...tally.other4xx.values()].reduce((a, b) => a + b, 0);
  const unexpected = tally.errors5xx + tally.unexpected412 + other4xx + result.errors;
  for (const [status, count] of tally.other4xx)
    out.push({ name: `${prefix}.errors.${status}`, value: count, unit: 'count' });
  out.push(
    { name: `${prefix}.users`, value: result.connections, unit: 'count' },
    { name: `${prefix}.seconds`, value: result.duration, unit: 's' },
    { name: `${prefix}.rps`, value: round(total / result.duration), unit: 'req/s' },
    { name: `${prefix}.errors.5xx`, value: tally.errors5xx, unit: 'count' },
    { name: `${prefix}.errors.unexpected_412`, value: tally.unexpected412, unit: 'count' },
    { name: `${prefix}.errors.connection`, value: result.errors, unit: 'count' },
    { name: `${prefix}.expected_412`, value: tally.expected412, unit: 'count' },
    { name: `${prefix}.errors.unexpected`, value: unexpected, unit: 'count' },
    {
      name: `${prefix}.error_rate`,
      value: total ? round((unexpected / total) * 100) : 0,
      unit: '%',
    },
  );
  return out;
}

export const READ_ROUTES = READS;
