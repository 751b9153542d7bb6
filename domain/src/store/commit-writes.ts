import type { Container, OperationInput } from '@azure/cosmos';
import type { DomainEvent } from '../events';
import type { Opportunity } from '../model/opportunity';
import { fail, ok, ruleBroken, stale, type Result } from '../result';
import { searchTextOf, sortFieldsOf } from './derived-fields';
import { SCHEMA_VERSION } from './migrations';
import { MAX_CONFLICT_ATTEMPTS, pauseAfterConflict } from './conflict-retry';
import { readDocument } from './point-read';
import {
  committedWithout,
  deliveredEventsOf,
  rememberDocument,
  rememberedDocument,
} from './unit-of-work';
import {
  asJson,
  hasCommit,
  RECENT_COMMITS,
  toDomain,
  type CommitEntry,
  type StoredDocument,
} from './stored-document';
import { combineDeltas, opportunityDeltas, type SummaryDelta } from './summary-delta';
import {
  MAX_PLANNED_ACTIVITIES,
  newActivityDocument,
  withPlannedTasks,
  type PlannedTasks,
} from './planned-tasks';
import { newStageShards, summaryOperations, summaryPatches } from './summaries';
import {
  combineCounterDeltas,
  firstTouchedAtAfter,
  LEAD_COUNTERS_FORMAT,
  leadCounterDeltas,
  type LeadCounterDelta,
  type LeadCounterFields,
} from './lead-counter-delta';
import { counterOperations, counterPatches } from './lead-counters';
import type { DuplicateKeyHolder } from '../model/duplicates';
import { keyChangeOf, keyChangeOperations, type KeyChange } from './duplicate-key-documents';
import type { CommitBatchOptions } from './ports';

export type DocumentWrite = {
  doc: { id: string; tenantId: string; type: string; updatedBy?: string; updatedAt?: string };
  events: DomainEvent[];
  /** 0 creates the document. */
  expectedVersion: number;
  rewritePendingEvents?: (pending: DomainEvent[]) => DomainEvent[];
  /** Template runs' tasks created on this record in the same batch (post-sale on a close). */
  plannedTasks?: PlannedTasks;
  /**
   * The duplicate keys the record carries from now on (none once deleted or anonymized); their
   * key documents change in the same batch. Absent: the stored keys stay as they are.
   */
  duplicateKeys?: { holder: DuplicateKeyHolder; keys: string[] };
};

/** A transactional batch holds at most 100 operations. */
export const MAX_BATCH_OPERATIONS = 100;
const RETRY_STATUSES = new Set([404, 409, 412, 449]);

type PipelineDoc = { id: string; stages?: { id: string }[] };

/**
 * Writes documents of one tenant, with their events in their outboxes and the stage summaries
 * their opportunities move, as one transactional batch.
 *
 * Each write is checked against the business `version` and guarded by `_etag`. When only
 * `_etag` moved (an internal write such as an outbox acknowledgement), the writes are planned
 * again from fresh reads, so internal writes never fail a user's edit. Every written document
 * records `commitId`; a write whose document already carries it is not repeated. That makes a
 * retry after a lost reply answer the stored result, and makes an operation that the local
 * server applied only in part (it does not roll a failed batch back) complete when run again.
 */
export async function commitWrites(
  container: Container,
  tenantId: string,
  writes: DocumentWrite[],
  commitId: string,
  options: CommitBatchOptions = {},
): Promise<Result<StoredDocument[]>> {
  for (const write of writes) {
    if (write.doc.tenantId !== tenantId) {
      throw new Error(
        `A ${write.doc.type} of tenant ${write.doc.tenantId} in a batch of ${tenantId}`,
      );
    }
  }
  // Summaries are patched without a read until a Patch finds its shard missing (older data).
  let readSummaries = false;
  // Lead counters likewise, until a Patch finds a counter document missing.
  let readCounters = false;
  for (let attempt = 1; ; attempt += 1) {
    const remembered = writes.map((w) =>
      attempt === 1 ? alreadyRead(tenantId, w.doc.id) : undefined,
    );
    // A first attempt creates without looking: a document already there fails the batch with
    // 409, and the retry reads it to answer a duplicate, or this commit's own earlier result.
    const current = await Promise.all(
      writes.map((w, index) =>
        attempt === 1 && w.expectedVersion === 0
          ? undefined
          : (remembered[index] ?? readDocument<StoredDocument>(container, tenantId, w.doc.id)),
      ),
    );
    const results: StoredDocument[] = [];
    const recordOperations: {
      index: number;
      operation: OperationInput;
      acknowledges: string[];
    }[] = [];
    const activityOps: OperationInput[] = [];
    const deltas: SummaryDelta[] = [];
    const counterDeltas: LeadCounterDelta[] = [];
    const keyChanges: KeyChange[] = [];
    for (const [index, write] of writes.entries()) {
      const before = current[index];
      const done = hasCommit(before, commitId);
      // The batch that wrote this commit was atomic: it applied its summary deltas too.
      if (before && done) {
        results[index] = before;
        continue;
      }
      const refused = check(write, before);
      if (refused) return refused;
      const delivered = deliveredEventsOf(tenantId, write.doc.id);
      const acknowledges = (before?.outbox ?? [])
        .filter((e) => delivered?.has(e.id))
        .map((e) => e.id);
      const written = nextDocument(write, before, commitId, new Set(acknowledges));
      const planned = write.plannedTasks && withPlannedTasks(written, write.plannedTasks);
      if (planned === 'full') return tooManyPlanned();
      const stored = planned?.record ?? written;
      for (const activity of planned?.created ?? []) {
        activityOps.push({
          operationType: 'Create',
          partitionKey: tenantId,
          resourceBody: asJson(newActivityDocument(activity, commitId)),
        });
      }
      if (write.duplicateKeys) keyChanges.push(keyChangeFor(write.duplicateKeys, before));
      deltas.push(...(stored.commits?.at(-1)?.summaryDeltas ?? []));
      if (stored.type === 'lead')
        counterDeltas.push(...leadCounterDeltas(leadOf(before), leadOf(stored)));
      results[index] = stored;
      recordOperations.push({
        index,
        acknowledges,
        operation: before
          ? {
              operationType: 'Replace',
              id: stored.id,
              partitionKey: tenantId,
              ifMatch: before._etag,
              resourceBody: asJson(stored),
            }
          : { operationType: 'Create', partitionKey: tenantId, resourceBody: asJson(stored) },
      });
    }
    const actor = writes[0]?.doc;
    const actorId = actor?.updatedBy ?? 'system';
    const now = actor?.updatedAt ?? new Date().toISOString();
    const summaryOps = readSummaries
      ? await summaryOperations(container, tenantId, combineDeltas(deltas), commitId, actorId, now)
      : summaryPatches(tenantId, combineDeltas(deltas), commitId, actorId, now);
    const leadCounters = combineCounterDeltas(counterDeltas);
    let counterOps = readCounters
      ? await counterOperations(container, tenantId, leadCounters, commitId, now)
      : counterPatches(tenantId, leadCounters, commitId, now);
    const shardOps = writes.flatMap((write, index) =>
      write.doc.type === 'pipeline' && recordOperations.some((r) => r.index === index)
        ? newStageShards(
            tenantId,
            write.doc as PipelineDoc,
            current[index] as PipelineDoc,
            actorId,
            now,
          )
        : [],
    );
    const recordOps = [
      ...recordOperations.map((r) => r.operation),
      ...(await keyChangeOperations(
        container,
        tenantId,
        keyChanges,
        attempt === 1 ? options.absentKeys : undefined,
      )),
    ];
    // Many leads moving many figures: one guarded Replace per counter document instead.
    if (
      recordOps.length + activityOps.length + summaryOps.length + counterOps.length >
      MAX_BATCH_OPERATIONS
    ) {
      counterOps = await counterOperations(container, tenantId, leadCounters, commitId, now, true);
    }
    // A pipeline of many new stages leaves its shards to the first moves' fallback.
    const fitting =
      recordOps.length +
        activityOps.length +
        shardOps.length +
        summaryOps.length +
        counterOps.length <=
      MAX_BATCH_OPERATIONS;
    const operations = [
      ...recordOps,
      ...activityOps,
      ...(fitting ? shardOps : []),
      ...summaryOps,
      ...counterOps,
    ];
    if (operations.length === 0) return ok(results);
    if (operations.length > MAX_BATCH_OPERATIONS) {
      throw new Error(`${operations.length} writes exceed one transactional batch`);
    }
    const response = await container.items.batch(operations, tenantId);
    const answers = response.result ?? [];
    const failed = answers.find((a) => a.statusCode >= 400 && a.statusCode !== 424);
    if (!failed && answers.length === operations.length) {
      recordOperations.forEach(({ index, acknowledges }, i) => {
        committedWithout(tenantId, writes[index]!.doc.id, acknowledges);
        const body = answers[i]?.resourceBody as StoredDocument | undefined;
        if (body) {
          results[index] = body;
          rememberDocument(body);
        }
      });
      return ok(results);
    }
    const status = failed?.statusCode ?? response.code ?? 500;
    const failedIndex = failed ? answers.indexOf(failed) : -1;
    const countersFrom = operations.length - counterOps.length;
    if (status === 404 && failedIndex >= countersFrom) readCounters = true;
    else if (status === 404 && failedIndex >= countersFrom - summaryOps.length)
      readSummaries = true;
    if (!RETRY_STATUSES.has(status) || attempt >= MAX_CONFLICT_ATTEMPTS) {
      throw new Error(`Cosmos batch failed with status ${status} after ${attempt} attempts`);
    }
    // A guard on an _etag this unit read before fails mostly because dispatch acknowledged the
    // document's events since: one write, not a crowd, so the fresh read need not wait.
    if (!remembered.some(Boolean)) await pauseAfterConflict(attempt);
  }
}

const tooManyPlanned = () =>
  ruleBroken(
    'too_many_planned_activities',
    `A record has at most ${MAX_PLANNED_ACTIVITIES} planned activities`,
    { max: MAX_PLANNED_ACTIVITIES },
  );

/**
 * The document as this unit of work read it, for a first attempt guarded by that `_etag`: a
 * write that moved it since, such as the dispatch of events still in its outbox, fails the
 * guard and the retry reads afresh. Trying first costs a retry only when dispatch won the race.
 */
const alreadyRead = (tenantId: string, id: string) =>
  rememberedDocument<StoredDocument>(tenantId, id);

function check(write: DocumentWrite, before: StoredDocument | undefined) {
  const { doc, expectedVersion } = write;
  if (expectedVersion === 0) {
    return before
      ? fail({
          kind: 'duplicate',
          message: `A ${before.type} with id ${doc.id} already exists`,
          code: 'duplicate',
          params: { entity: before.type, id: doc.id },
          existingId: doc.id,
        })
      : undefined;
  }
  if (!before || before.type !== doc.type) {
    return fail({
      kind: 'not_found',
      message: `${doc.type} ${doc.id} was not found`,
      code: 'not_found',
      params: { entity: doc.type, id: doc.id },
      entity: doc.type,
      id: doc.id,
    });
  }
  return before.version === expectedVersion ? undefined : stale(before.version);
}

/** The keys a write adds and drops; a record that moved space is listed afresh under each. */
function keyChangeFor(
  next: NonNullable<DocumentWrite['duplicateKeys']>,
  before: StoredDocument | undefined,
): KeyChange {
  const stored = Array.isArray(before?.duplicateKeys) ? (before.duplicateKeys as string[]) : [];
  const moved = before !== undefined && before.spaceId !== next.holder.spaceId;
  return moved
    ? { holder: next.holder, added: next.keys, removed: stored }
    : keyChangeOf(next.holder, stored, next.keys);
}

/** A record's planned activities and next activity, as activity writes last stored them. */
function activityFieldsOf(before: StoredDocument | undefined) {
  if (!before) return {};
  const { plannedActivities, nextActivity, appliedTemplateRuns } = before;
  return {
    ...(plannedActivities === undefined ? {} : { plannedActivities }),
    ...(nextActivity === undefined ? {} : { nextActivity }),
    ...(appliedTemplateRuns === undefined ? {} : { appliedTemplateRuns }),
  };
}

/** The duplicate keys to store with the document: the write's, else those it had. */
function keysOf(write: DocumentWrite, before: StoredDocument | undefined) {
  const keys = write.duplicateKeys?.keys ?? before?.duplicateKeys;
  return keys === undefined ? {} : { duplicateKeys: keys };
}

/** `acknowledged`: delivered events of the outbox that the commit leaves out. */
function nextDocument(
  write: DocumentWrite,
  before: StoredDocument | undefined,
  commitId: string,
  acknowledged: ReadonlySet<string>,
): StoredDocument {
  const version = write.expectedVersion + 1;
  // Written only by activity writes: a record edit keeps what is stored, however old its copy.
  const { nextActivity: _writersCopy, ...domain } = toDomain<Record<string, unknown>>(
    write.doc as StoredDocument,
  );
  const pending = (before?.outbox ?? []).filter((e) => !acknowledged.has(e.id));
  const outbox = [
    ...(write.rewritePendingEvents ? write.rewritePendingEvents(pending) : pending),
    ...write.events.map((event) => ({ ...event, version })),
  ];
  const summaryDeltas =
    write.doc.type === 'opportunity'
      ? opportunityDeltas(before && toDomain<Opportunity>(before), domain as unknown as Opportunity)
      : [];
  const entry: CommitEntry = { id: commitId, version };
  if (summaryDeltas.length > 0) entry.summaryDeltas = summaryDeltas;
  const searchText = searchTextOf(domain);
  const firstTouchedAt =
    write.doc.type === 'lead'
      ? firstTouchedAtAfter(before, write.doc.updatedBy, write.doc.updatedAt)
      : undefined;
  return {
    ...(domain as StoredDocument),
    ...(firstTouchedAt === undefined ? {} : { firstTouchedAt }),
    ...(write.doc.type === 'lead' ? { countersFormat: LEAD_COUNTERS_FORMAT } : {}),
    ...activityFieldsOf(before),
    ...keysOf(write, before),
    ...(searchText === undefined ? {} : { searchText }),
    ...sortFieldsOf(domain),
    schemaVersion: SCHEMA_VERSION,
    version,
    outbox,
    hasOutbox: outbox.length > 0,
    commits: [...(before?.commits ?? []), entry].slice(-RECENT_COMMITS),
  };
}

/** A stored lead as the counters read it (none for another type or no document). */
const leadOf = (doc: StoredDocument | undefined) =>
  doc?.type === 'lead' ? (doc as unknown as LeadCounterFields) : undefined;
