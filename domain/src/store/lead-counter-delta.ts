/**
 * How one lead write moves the lead counters of its space, so the lead views (statistics,
 * conversions, intraday, split control) read a few counter documents instead of the leads.
 *
 * Two kinds of counter document, both in the tenant's partition:
 * - `lead-stats` (one per space, spread over shards): each co-owner's shares of split leads;
 * - `lead-day` (one per space and UTC arrival date): for the leads that arrived that day, by
 *   UTC arrival hour: arrivals, leads by source and by owner (all and qualified), by status ×
 *   source, and the first-touch histogram. The hour lets a period of local dates in any time
 *   zone add up exactly the hours it covers (whole-hour zones; see `rules/local-hours.ts`).
 *
 * A lead counts while it exists and is not a merge tombstone, once it carries the counters'
 * format (`countersFormat`, storage only): every lead write stamps it, and the backfill
 * (`use-cases/backfill-lead-counters.ts`) counts and stamps the leads stored before. Each write
 * takes its lead's contribution out as it was and puts it back as it is, so any change lands
 * where it belongs.
 */

import type { CoOwnerShare } from '../model/shares';

/**
 * The format of the counters a lead is counted in. Leads counted in format 1 (counters without
 * the hour of arrival, in documents of other ids) carry no stamp and are counted again.
 */
export const LEAD_COUNTERS_FORMAT = 2;

/** Writes made by the CRM itself (routing, imports by a job) carry this actor id: no touch. */
export const SYSTEM_ACTOR_ID = 'system';

/** The owner key of a lead in the free pool. */
export const FREE_POOL_KEY = '-';

export type LeadCounterKind = 'lead-stats' | 'lead-day';

export type LeadCounterDelta = {
  kind: LeadCounterKind;
  spaceId: string;
  /** The UTC arrival date of a `lead-day` document. */
  day?: string;
  /** Path in the document (`/map/key`, or `/field`) → how much it moves. */
  increments: Record<string, number>;
};

/** The maps each kind of counter document holds, created empty with the document. */
export const COUNTER_MAPS: Record<LeadCounterKind, readonly string[]> = {
  'lead-stats': ['shareBasisPoints', 'shareLeads'],
  'lead-day': [
    'hours',
    'sourceAll',
    'sourceQualified',
    'ownerAll',
    'ownerQualified',
    'statusSource',
    'firstTouch',
  ],
};

/** The fields of a stored lead the counters read (`shares` is written by the splitter). */
export type LeadCounterFields = {
  spaceId: string;
  status: string;
  source: string;
  ownerId?: string;
  createdAt: string;
  firstTouchedAt?: string;
  mergedInto?: string;
  shares?: readonly CoOwnerShare[];
  /** The counters' format the lead is counted in; absent: not counted. */
  countersFormat?: number;
};

/**
 * First-touch times are kept as a histogram: bucket k holds the leads whose time to first touch
 * t (minutes) has floor(4·log2(1 + t)) = k, so each bucket is 2^¼ ≈ 1.19 times as wide as the
 * one before. The median is answered as the middle of its bucket: within ±9 % of (1 + t).
 */
export const FIRST_TOUCH_BUCKETS_PER_DOUBLING = 4;

export function firstTouchBucket(createdAt: string, firstTouchedAt: string): number {
  const minutes = Math.max(0, (Date.parse(firstTouchedAt) - Date.parse(createdAt)) / 60_000);
  return Math.floor(FIRST_TOUCH_BUCKETS_PER_DOUBLING * Math.log2(1 + minutes));
}

/** The minutes bucket k covers: [from, to). */
export function firstTouchBucketRange(bucket: number): { fromMinutes: number; toMinutes: number } {
  const edge = (k: number) => 2 ** (k / FIRST_TOUCH_BUCKETS_PER_DOUBLING) - 1;
  return { fromMinutes: edge(bucket), toMinutes: edge(bucket + 1) };
}

/** A key of a counter map as a Patch path segment: no `/` or `~` reaches the path. */
export const counterKey = (key: string) => encodeURIComponent(key);

const utcDay = (instant: string) => new Date(Date.parse(instant)).toISOString().slice(0, 10);
const utcHour = (instant: string) => new Date(Date.parse(instant)).toISOString().slice(11, 13);

const splitOf = (lead: LeadCounterFields): [string, number][] =>
  (lead.shares ?? []).map(({ userId, share }) => [userId, share]);

function contribution(lead: LeadCounterFields, sign: 1 | -1): LeadCounterDelta[] {
  if (lead.mergedInto !== undefined || lead.countersFormat !== LEAD_COUNTERS_FORMAT) return [];
  const stats: Record<string, number> = {};
  const split = splitOf(lead);
  if (split.length > 0) {
    stats['/splitLeads'] = sign;
    for (const [userId, basisPoints] of split) {
      stats[`/shareBasisPoints/${counterKey(userId)}`] = sign * basisPoints;
      stats[`/shareLeads/${counterKey(userId)}`] = sign;
    }
  }
  const hour = utcHour(lead.createdAt);
  const inHour = (key: string) => counterKey(`${hour}.${key}`);
  const owner = inHour(lead.ownerId ?? FREE_POOL_KEY);
  const source = inHour(lead.source);
  const day: Record<string, number> = {
    [`/hours/${hour}`]: sign,
    [`/sourceAll/${source}`]: sign,
    [`/ownerAll/${owner}`]: sign,
    [`/statusSource/${inHour(`${lead.status}.${lead.source}`)}`]: sign,
  };
  if (lead.status === 'qualified') {
    day[`/sourceQualified/${source}`] = sign;
    day[`/ownerQualified/${owner}`] = sign;
  }
  if (lead.firstTouchedAt) {
    day[`/firstTouch/${inHour(String(firstTouchBucket(lead.createdAt, lead.firstTouchedAt)))}`] =
      sign;
  }
  return [
    ...(Object.keys(stats).length > 0
      ? [{ kind: 'lead-stats' as const, spaceId: lead.spaceId, increments: stats }]
      : []),
    { kind: 'lead-day', spaceId: lead.spaceId, day: utcDay(lead.createdAt), increments: day },
  ];
}

const documentKey = (delta: LeadCounterDelta) =>
  `${delta.kind}/${delta.spaceId}/${delta.day ?? ''}`;

/** Sums deltas per counter document and drops what moves nothing. */
export function combineCounterDeltas(deltas: LeadCounterDelta[]): LeadCounterDelta[] {
  const byDocument = new Map<string, LeadCounterDelta>();
  for (const delta of deltas) {
    const key = documentKey(delta);
    const sum = byDocument.get(key) ?? { ...delta, increments: {} };
    for (const [path, value] of Object.entries(delta.increments)) {
      sum.increments[path] = (sum.increments[path] ?? 0) + value;
    }
    byDocument.set(key, sum);
  }
  return [...byDocument.values()]
    .map((delta) => ({
      ...delta,
      increments: Object.fromEntries(
        Object.entries(delta.increments).filter(([, value]) => value !== 0),
      ),
    }))
    .filter((delta) => Object.keys(delta.increments).length > 0);
}

/** The counters a lead write moves: its old contribution out, its new one in. */
export function leadCounterDeltas(
  before: LeadCounterFields | undefined,
  after: LeadCounterFields | undefined,
): LeadCounterDelta[] {
  return combineCounterDeltas([
    ...(before ? contribution(before, -1) : []),
    ...(after ? contribution(after, 1) : []),
  ]);
}

/**
 * `firstTouchedAt` as a lead write leaves it: set once, by the first write after the lead
 * arrived that someone other than the system makes (an edit, a claim, an activity).
 */
export function firstTouchedAtAfter(
  before: object | undefined,
  writer: string | undefined,
  at: string | undefined,
): string | undefined {
  const stored = (before as { firstTouchedAt?: unknown } | undefined)?.firstTouchedAt;
  if (typeof stored === 'string') return stored;
  if (!before || writer === undefined || writer === SYSTEM_ACTOR_ID || at === undefined) {
    return undefined;
  }
  return at;
}
