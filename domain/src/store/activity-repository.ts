import type { Container, OperationInput } from '@azure/cosmos';
import type { DomainEvent } from '../events';
import type { Activity } from '../model/activity';
import type { TaskSharingLevel } from '../model/task-settings';
import { fail, notFound, ok, ruleBroken, stale, type Result } from '../result';
import {
  removeRecordActivities,
  rewritePlanned,
  rewriteRecordActivities,
} from './activity-erasure';
import { MAX_BATCH_OPERATIONS } from './commit-writes';
import { MAX_CONFLICT_ATTEMPTS, pauseAfterConflict } from './conflict-retry';
import { fetchAll, fetchPage } from './fetch-page';
import { SCHEMA_VERSION } from './migrations';
import { decodeContinuation } from './paging';
import { readDocument } from './point-read';
import type { CrmStore } from './ports';
import {
  calendarQuery,
  countActivitiesQuery,
  myActivitiesQuery,
  plannedRecordsQuery,
  recordActivitiesQuery,
} from './query-catalog';
import {
  earliest,
  MAX_PLANNED_ACTIVITIES,
  newActivityDocument,
  keepsPlannedList,
  withEvents,
  withPlannedTasks,
  type PlannedEntry,
  type PlannedTasks,
} from './planned-tasks';
import { readable } from './record-repository';
import { asJson, hasCommit, RECENT_COMMITS, type StoredDocument } from './stored-document';
import { rememberDocument, rememberedDocument } from './unit-of-work';
import {
  combineCounterDeltas,
  firstTouchedAtAfter,
  LEAD_COUNTERS_FORMAT,
  leadCounterDeltas,
  type LeadCounterFields,
} from './lead-counter-delta';
import { counterOperations, counterPatches } from './lead-counters';

const RETRY_STATUSES = new Set([404, 409, 412, 449]);

/**
 * The related record after an activity write: its planned list and next activity, with the
 * activity's events in its outbox. Its `version` stays, so nobody's open edit goes stale.
 */
function recordAfter(record: StoredDocument, write: ActivityWrite): StoredDocument | 'full' {
  const { next: activity, events } = write;
  const removed = write.remove === true;
  const before = (record.plannedActivities as PlannedEntry[] | undefined) ?? [];
  const others = before.filter((entry) => entry.id !== activity.id);
  const stays = !removed && activity.state === 'planned' && keepsPlannedList(record);
  if (stays && others.length >= MAX_PLANNED_ACTIVITIES && others.length === before.length) {
    return 'full';
  }
  const { id, typeId, title, kind, dueAt, allDay, assigneeId, createdBy } = activity;
  const entry: PlannedEntry = {
    ...{ id, typeId, title, kind, dueAt, allDay, assigneeId, createdBy },
    sharedAs: write.sharedAs ?? 'none',
  };
  const planned = stays ? [...others, entry] : others;
  const next = earliest(planned);
  const outbox = withEvents(record, events);
  const { nextActivity: _dropped, ...rest } = record;
  return {
    ...rest,
    ...firstTouchOf(record, write),
    ...(next ? { nextActivity: next } : {}),
    plannedActivities: planned,
    outbox,
    hasOutbox: outbox.length > 0,
  };
}

/**
 * An activity someone logs on a lead not touched yet is its first touch; the lead is counted
 * in the current counters' format from this write on, as after any lead write.
 */
function firstTouchOf(record: StoredDocument, write: ActivityWrite) {
  if (record.type !== 'lead') return {};
  const firstTouchedAt = firstTouchedAtAfter(record, write.next.updatedBy, write.next.updatedAt);
  return {
    ...(firstTouchedAt === undefined ? {} : { firstTouchedAt }),
    countersFormat: LEAD_COUNTERS_FORMAT,
  };
}

const asLead = (doc: StoredDocument) =>
  doc.type === 'lead' ? (doc as unknown as LeadCounterFields) : undefined;

const tooManyPlanned = () =>
  ruleBroken(
    'too_many_planned_activities',
    `A record has at most ${MAX_PLANNED_ACTIVITIES} planned activities`,
    { max: MAX_PLANNED_ACTIVITIES },
  );

/**
 * Creates the tasks of template runs on a record, with the record's planned list, next
 * activity and outbox, as one transactional batch guarded by the record's `_etag`. Runs the
 * record already had create nothing, so a retried or repeated application is harmless.
 * Answers the activities it created (none when every run was applied before).
 */
async function commitPlannedTasks(
  container: Container,
  tenantId: string,
  recordId: string,
  tasks: PlannedTasks,
  commitId: string,
): Promise<Result<Activity[]>> {
  for (let attempt = 1; ; attempt += 1) {
    const record =
      (attempt === 1 ? rememberedDocument<StoredDocument>(tenantId, recordId) : undefined) ??
      (await readDocument<StoredDocument>(container, tenantId, recordId));
    if (!record) return notFound('record', recordId);
    const planned = withPlannedTasks(record, tasks);
    if (planned === 'full') return tooManyPlanned();
    if (planned.created.length === 0) return ok([]);
    const operations: OperationInput[] = [
      {
        operationType: 'Replace',
        id: record.id,
        partitionKey: tenantId,
        ifMatch: record._etag,
        resourceBody: asJson(planned.record),
      },
      ...planned.created.map((activity): OperationInput => ({
        operationType: 'Create',
        partitionKey: tenantId,
        resourceBody: asJson(newActivityDocument(activity, commitId)),
      })),
    ];
    if (operations.length > MAX_BATCH_OPERATIONS)
      throw new Error(`${operations.length} writes exceed one transactional batch`);
    const response = await container.items.batch(operations, tenantId);
    const answers = response.result ?? [];
    const failed = answers.find((a) => a.statusCode >= 400 && a.statusCode !== 424);
    if (!failed && answers.length === operations.length) {
      const recordBody = answers[0]?.resourceBody as StoredDocument | undefined;
      if (recordBody) rememberDocument(recordBody);
      return ok(planned.created);
    }
    const status = failed?.statusCode ?? response.code ?? 500;
    if (!RETRY_STATUSES.has(status) || attempt >= MAX_CONFLICT_ATTEMPTS) {
      throw new Error(`Cosmos batch failed with status ${status} after ${attempt} attempts`);
    }
    await pauseAfterConflict(attempt);
  }
}

export { MAX_PLANNED_ACTIVITIES };

export type ActivityWrite = {
  next: Activity;
  events: DomainEvent[];
  /** 0 creates the activity; otherwise the version the writer saw. */
  expectedVersion: number;
  /** Deletes the activity instead of writing it. */
  remove?: boolean;
  /** The record the activity related to before this write moved it to `next.record`. */
  previousRecordId?: string;
  /**
   * What the assignee shares of this activity's type, kept with the record's next activity so
   * a card shows colleagues no more; 'none' when not given.
   */
  sharedAs?: TaskSharingLevel;
};

/**
 * Writes an activity and its related record (planned list, next activity, outbox) as one
 * transactional batch in the tenant's partition, guarded by both `_etag`s; retried from fresh
 * reads when only an internal write moved them. A moved activity also leaves the planned list
 * of the record it came from, in the same batch under that record's `_etag`. A commit already
 * applied answers its result.
 */
async function commitActivity(
  container: Container,
  write: ActivityWrite,
  commitId: string,
): Promise<Result<Activity>> {
  const { next, expectedVersion } = write;
  const { tenantId } = next;
  // The first-touch counter is patched without a read until the Patch finds it missing.
  let readCounters = false;
  for (let attempt = 1; ; attempt += 1) {
    const fresh = (id: string) =>
      (attempt === 1 ? rememberedDocument<StoredDocument>(tenantId, id) : undefined) ??
      readDocument<StoredDocument>(container, tenantId, id);
    const [before, record, previousRecord] = await Promise.all([
      attempt === 1 && expectedVersion === 0 ? undefined : fresh(next.id),
      fresh(next.record.recordId),
      write.previousRecordId === undefined ? undefined : fresh(write.previousRecordId),
    ]);
    if (before && hasCommit(before, commitId)) return ok(readable<Activity>(before));
    if (expectedVersion === 0 && before) {
      return fail({
        kind: 'duplicate',
        message: `An activity with id ${next.id} already exists`,
        code: 'duplicate',
        params: { entity: 'activity', id: next.id },
        existingId: next.id,
      });
    }
    if (expectedVersion > 0 && before?.type !== 'activity') return notFound('activity', next.id);
    if (before && before.version !== expectedVersion) return stale(before.version);
    if (!record) return notFound(next.record.recordType, next.record.recordId);
    const recordNext = recordAfter(record, write);
    if (recordNext === 'full') return tooManyPlanned();
    // The old record only drops the entry: the events belong to the record it moved to.
    const previousNext =
      previousRecord && recordAfter(previousRecord, { ...write, events: [], remove: true });
    const stored: StoredDocument = {
      ...next,
      schemaVersion: SCHEMA_VERSION,
      version: expectedVersion + 1,
      commits: [...(before?.commits ?? []), { id: commitId, version: expectedVersion + 1 }].slice(
        -RECENT_COMMITS,
      ),
    };
    // A batch Delete takes no If-Match: the version was checked on the read just above, and the
    // record's guarded Replace in the same batch refuses a record that moved meanwhile.
    const activityOp: OperationInput = write.remove
      ? { operationType: 'Delete', id: next.id, partitionKey: tenantId }
      : before
        ? {
            operationType: 'Replace',
            id: next.id,
            partitionKey: tenantId,
            ifMatch: before._etag,
            resourceBody: asJson(stored),
          }
        : { operationType: 'Create', partitionKey: tenantId, resourceBody: asJson(stored) };
    const recordOp: OperationInput = {
      operationType: 'Replace',
      id: record.id,
      partitionKey: tenantId,
      ifMatch: record._etag,
      resourceBody: asJson(recordNext),
    };
    const previousOp: OperationInput[] =
      previousRecord && previousNext && previousNext !== 'full'
        ? [
            {
              operationType: 'Replace',
              id: previousRecord.id,
              partitionKey: tenantId,
              ifMatch: previousRecord._etag,
              resourceBody: asJson(previousNext),
            },
          ]
        : [];
    const touch = combineCounterDeltas([
      ...leadCounterDeltas(asLead(record), asLead(recordNext)),
      ...(previousRecord && previousNext && previousNext !== 'full'
        ? leadCounterDeltas(asLead(previousRecord), asLead(previousNext))
        : []),
    ]);
    const counterOps = readCounters
      ? await counterOperations(container, tenantId, touch, commitId, next.updatedAt)
      : counterPatches(tenantId, touch, commitId, next.updatedAt);
    const operations = [activityOp, recordOp, ...previousOp, ...counterOps];
    const response = await container.items.batch(operations, tenantId);
    const answers = response.result ?? [];
    const failed = answers.find((a) => a.statusCode >= 400 && a.statusCode !== 424);
    if (!failed && answers.length === operations.length) {
      const [activityBody, ...recordBodies] = answers.map(
        (a) => a.resourceBody as StoredDocument | undefined,
      );
      for (const body of [activityBody, ...recordBodies]) if (body) rememberDocument(body);
      return ok(readable<Activity>(activityBody ?? stored));
    }
    const status = failed?.statusCode ?? response.code ?? 500;
    if (
      status === 404 &&
      failed &&
      answers.indexOf(failed) >= operations.length - counterOps.length
    )
      readCounters = true;
    if (!RETRY_STATUSES.has(status) || attempt >= MAX_CONFLICT_ATTEMPTS) {
      throw new Error(`Cosmos batch failed with status ${status} after ${attempt} attempts`);
    }
    await pauseAfterConflict(attempt);
  }
}

export function activityRepository(container: Container): CrmStore['activities'] {
  const toActivity = (doc: StoredDocument) => readable<Activity>(doc);
  return {
    async get(tenantId, id) {
      const doc = await readDocument<StoredDocument>(container, tenantId, id);
      return doc?.type === 'activity' ? toActivity(doc) : undefined;
    },

    commit: (write, commitId) => commitActivity(container, write, commitId),

    commitPlanned: (tenantId, recordId, tasks, commitId) =>
      commitPlannedTasks(container, tenantId, recordId, tasks, commitId),

    async listForAssignee(tenantId, filter, page) {
      const { spec, sortPath } = myActivitiesQuery(
        tenantId,
        filter,
        decodeContinuation(page.continuation),
      );
      return fetchPage(container, tenantId, spec, sortPath, page.limit, toActivity);
    },

    async count(tenantId, filter) {
      const { resources } = await container.items
        .query<number>(countActivitiesQuery(tenantId, filter), { partitionKey: tenantId })
        .fetchAll();
      return resources.reduce((sum, n) => sum + n, 0);
    },

    async listDue(tenantId, assigneeIds, from, to) {
      const docs = await fetchAll(
        container,
        tenantId,
        calendarQuery(tenantId, assigneeIds, from, to),
      );
      return docs
        .map(toActivity)
        .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.id.localeCompare(b.id));
    },

    async listForRecord(tenantId, recordId, state, page) {
      const { spec, sortPath } = recordActivitiesQuery(
        tenantId,
        recordId,
        state,
        decodeContinuation(page.continuation),
      );
      return fetchPage(container, tenantId, spec, sortPath, page.limit, toActivity);
    },

    async relevel(tenantId, assigneeId, levelOf) {
      const { resources } = await container.items
        .query<string>(plannedRecordsQuery(tenantId, assigneeId), { partitionKey: tenantId })
        .fetchAll();
      const recordIds = [...new Set(resources)];
      for (const recordId of recordIds) {
        await rewritePlanned(container, tenantId, recordId, (entry) =>
          entry.assigneeId === assigneeId ? { ...entry, sharedAs: levelOf(entry.typeId) } : entry,
        );
      }
      return recordIds.length;
    },

    rewriteForRecord: (tenantId, recordId, change) =>
      rewriteRecordActivities(container, tenantId, recordId, change),

    removeForRecord: (tenantId, recordId) => removeRecordActivities(container, tenantId, recordId),
  };
}
