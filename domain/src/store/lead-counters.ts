import type { Container, OperationInput, PatchOperation } from '@azure/cosmos';
import { COUNTER_MAPS, type LeadCounterDelta, type LeadCounterKind } from './lead-counter-delta';
import { SCHEMA_VERSION } from './migrations';
import { readDocuments } from './point-read';
import { asJson } from './stored-document';
import { shardOf, SUMMARY_SHARDS } from './summaries';

/** A counter document as stored: its maps of figures, keyed by the delta module's keys. */
export type StoredLeadCounter = {
  id: string;
  tenantId: string;
  type: LeadCounterKind;
  spaceId: string;
  day?: string;
  splitLeads?: number;
  updatedAt?: string;
  _etag?: string;
} & Record<string, unknown>;

/**
 * The ids carry the counters' format (`LEAD_COUNTERS_FORMAT`): format 1's documents
 * (`lead-stats-…`, `lead-day-…`) are left as they were, read by nobody.
 */
export const leadStatsId = (spaceId: string, shard: number) => `lead-shares-${spaceId}-${shard}`;
export const leadDayId = (spaceId: string, day: string) => `lead-hours-${spaceId}-${day}`;

/**
 * The document a delta lands in: a space's statistics are sharded like the stage summaries
 * (the commit id picks the shard, the same on every retry); a day is one document, since a
 * period reads one per day.
 */
const documentIdOf = (delta: LeadCounterDelta, commitId: string) =>
  delta.kind === 'lead-stats'
    ? leadStatsId(delta.spaceId, shardOf(commitId))
    : leadDayId(delta.spaceId, delta.day ?? '');

/**
 * Operations a batch of many leads leaves free for the counters (an import chunk): the
 * statistics shard and the arrival day each take a Patch per ten figures moved.
 */
export const COUNTER_OPERATIONS_RESERVE = 10;

/** Cosmos DB takes at most 10 operations in one Patch. */
const MAX_PATCH_OPERATIONS = 10;

function patchesOf(id: string, tenantId: string, delta: LeadCounterDelta, now: string) {
  const increments: PatchOperation[] = Object.entries(delta.increments).map(([path, value]) => ({
    op: 'incr',
    path,
    value,
  }));
  const patches: PatchOperation[][] = [[{ op: 'set', path: '/updatedAt', value: now }]];
  for (const increment of increments) {
    const last = patches.at(-1)!;
    if (last.length < MAX_PATCH_OPERATIONS) last.push(increment);
    else patches.push([increment]);
  }
  return patches.map((operations): OperationInput => ({
    operationType: 'Patch',
    id,
    partitionKey: tenantId,
    resourceBody: { operations },
  }));
}

/**
 * The batch operations that add `deltas` to the counters without reading them: Patches, which
 * fail the batch with 404 when a counter document does not exist yet; the commit then runs
 * again with `counterOperations`, which creates it. A batch is atomic, so these documents need
 * no commit marks: a commit its record already carries had its Patches applied with it.
 */
export function counterPatches(
  tenantId: string,
  deltas: LeadCounterDelta[],
  commitId: string,
  now: string,
): OperationInput[] {
  return deltas.flatMap((delta) => patchesOf(documentIdOf(delta, commitId), tenantId, delta, now));
}

/** `counter` with the delta's increments added (maps and fields created as needed). */
function withIncrements(counter: StoredLeadCounter, delta: LeadCounterDelta): StoredLeadCounter {
  const next: StoredLeadCounter = { ...counter };
  for (const [path, value] of Object.entries(delta.increments)) {
    const [, field, key] = path.split('/');
    if (key === undefined) {
      next[field!] = ((next[field!] as number | undefined) ?? 0) + value;
      continue;
    }
    const map = { ...((next[field!] as Record<string, number> | undefined) ?? {}) };
    map[key] = (map[key] ?? 0) + value;
    next[field!] = map;
  }
  return next;
}

function newCounter(
  id: string,
  tenantId: string,
  delta: LeadCounterDelta,
  now: string,
): StoredLeadCounter {
  const counter: StoredLeadCounter = {
    id,
    tenantId,
    type: delta.kind,
    spaceId: delta.spaceId,
    ...(delta.day === undefined ? {} : { day: delta.day }),
    schemaVersion: SCHEMA_VERSION,
    updatedAt: now,
  };
  for (const map of COUNTER_MAPS[delta.kind]) counter[map] = {};
  return withIncrements(counter, delta);
}

/** Every statistics shard of the spaces `deltas` move. */
const statsShardsOf = (deltas: LeadCounterDelta[]) =>
  [...new Set(deltas.filter((d) => d.kind === 'lead-stats').map((d) => d.spaceId))].flatMap(
    (spaceId) =>
      Array.from({ length: SUMMARY_SHARDS }, (_, shard) => ({
        id: leadStatsId(spaceId, shard),
        spaceId,
      })),
  );

/**
 * Like `counterPatches`, after reading which counter documents exist (one bulk of point reads):
 * a missing one is created with the delta as its figures, and a space's other statistics shards
 * that are missing are created empty with it, so later writes, whichever shard their commit
 * picks, patch without this fallback (a writer that created one first fails the batch with
 * 409, and the retry patches it). `compact`: one Replace per document guarded by its `_etag`
 * instead of Patches, for a batch of many leads whose Patches would not fit (a lost race is a
 * 412 and a retry from fresh reads).
 */
export async function counterOperations(
  container: Container,
  tenantId: string,
  deltas: LeadCounterDelta[],
  commitId: string,
  now: string,
  compact = false,
): Promise<OperationInput[]> {
  const ids = deltas.map((delta) => documentIdOf(delta, commitId));
  const shards = statsShardsOf(deltas);
  const stored = new Map(
    (
      await readDocuments<StoredLeadCounter>(container, tenantId, [
        ...new Set([...ids, ...shards.map((shard) => shard.id)]),
      ])
    ).map((doc) => [doc.id, doc]),
  );
  const moved = deltas.flatMap((delta, i): OperationInput[] => {
    const existing = stored.get(ids[i]!);
    if (existing && compact) {
      const { _etag, ...figures } = existing;
      return [
        {
          operationType: 'Replace',
          id: ids[i]!,
          partitionKey: tenantId,
          ...(_etag ? { ifMatch: _etag } : {}),
          resourceBody: asJson({ ...withIncrements(figures, delta), updatedAt: now }),
        },
      ];
    }
    return existing
      ? patchesOf(ids[i]!, tenantId, delta, now)
      : [
          {
            operationType: 'Create',
            partitionKey: tenantId,
            resourceBody: asJson(newCounter(ids[i]!, tenantId, delta, now)),
          },
        ];
  });
  const emptyShards = shards
    .filter((shard) => !stored.has(shard.id) && !ids.includes(shard.id))
    .map((shard): OperationInput => ({
      operationType: 'Create',
      partitionKey: tenantId,
      resourceBody: asJson(
        newCounter(
          shard.id,
          tenantId,
          { kind: 'lead-stats', spaceId: shard.spaceId, increments: {} },
          now,
        ),
      ),
    }));
  return [...moved, ...emptyShards];
}

/**
 * A space's statistics shards and the day counters of these UTC dates, by point reads sent
 * together (one request per hundred documents); documents not written yet are left out.
 */
export async function readLeadCounters(
  container: Container,
  tenantId: string,
  spaceId: string,
  days: readonly string[],
): Promise<StoredLeadCounter[]> {
  const ids = [
    ...Array.from({ length: SUMMARY_SHARDS }, (_, shard) => leadStatsId(spaceId, shard)),
    ...days.map((day) => leadDayId(spaceId, day)),
  ];
  return readDocuments<StoredLeadCounter>(container, tenantId, ids);
}

type Figures = Record<string, number>;

/** A space's split leads, its shards added up, with map keys as the delta module wrote them. */
export type LeadStatsFigures = {
  shareBasisPoints: Figures;
  shareLeads: Figures;
  splitLeads: number;
};

/**
 * The leads that arrived on one UTC date. Every map but `hours` is keyed `<UTC hour>.<key>`
 * (`08.web_form`), the hour of arrival first.
 */
export type LeadDayFigures = {
  day: string;
  /** UTC hour `00`–`23` → arrivals. */
  hours: Figures;
  sourceAll: Figures;
  sourceQualified: Figures;
  /** Owner id (or the free pool's key) → leads. */
  ownerAll: Figures;
  ownerQualified: Figures;
  /** `status.source` → leads. */
  statusSource: Figures;
  /** First-touch bucket → leads. */
  firstTouch: Figures;
};

export type LeadCounterFigures = { stats: LeadStatsFigures; days: LeadDayFigures[] };

const mapOf = (doc: StoredLeadCounter, field: string): Figures => {
  const stored = doc[field];
  if (typeof stored !== 'object' || stored === null) return {};
  const figures: Figures = {};
  for (const [key, value] of Object.entries(stored as Figures)) {
    figures[decodeURIComponent(key)] = value;
  }
  return figures;
};

const addInto = (into: Figures, from: Figures) => {
  for (const [key, value] of Object.entries(from)) into[key] = (into[key] ?? 0) + value;
  return into;
};

/** Adds up the statistics shards and decodes the day counters of what `readLeadCounters` read. */
export function figuresOf(docs: StoredLeadCounter[]): LeadCounterFigures {
  const stats: LeadStatsFigures = {
    shareBasisPoints: {},
    shareLeads: {},
    splitLeads: 0,
  };
  const days: LeadDayFigures[] = [];
  for (const doc of docs) {
    if (doc.type === 'lead-stats') {
      addInto(stats.shareBasisPoints, mapOf(doc, 'shareBasisPoints'));
      addInto(stats.shareLeads, mapOf(doc, 'shareLeads'));
      stats.splitLeads += doc.splitLeads ?? 0;
    } else {
      days.push({
        day: doc.day ?? '',
        hours: mapOf(doc, 'hours'),
        sourceAll: mapOf(doc, 'sourceAll'),
        sourceQualified: mapOf(doc, 'sourceQualified'),
        ownerAll: mapOf(doc, 'ownerAll'),
        ownerQualified: mapOf(doc, 'ownerQualified'),
        statusSource: mapOf(doc, 'statusSource'),
        firstTouch: mapOf(doc, 'firstTouch'),
      });
    }
  }
  return { stats, days };
}
