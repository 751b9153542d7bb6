import type { SqlParameter, SqlQuerySpec } from '@azure/cosmos';
import { normalizeForSearch } from '../rules/search-text';
import { afterPosition, type PagePosition } from './paging';
import type { ListQuery, Sort } from './ports';

/**
 * Every query the store issues is built here, so one test can check each against the
 * container's indexing policy. All but the outbox sweep filter `c.tenantId` in WHERE: the
 * local server ignores the partitionKey option.
 */

type Built = { spec: SqlQuerySpec; sortPath: string };

const SORT_PATHS: Record<Sort['field'], string> = {
  updatedAt: 'updatedAt',
  createdAt: 'createdAt',
  name: 'sortName',
  amount: 'sortAmount',
  expectedCloseDate: 'sortCloseDate',
};

export const DEFAULT_SORT: Sort = { field: 'updatedAt', direction: 'desc' };

const SPACED_TYPES = new Set(['lead', 'opportunity']);
/** Types whose records a merge can leave as a tombstone (`mergedInto`). */
const MERGEABLE_TYPES = new Set(['lead', 'contact', 'account']);

/** The WHERE conditions of a records query, and a way to add parameters to it. */
function recordsFilter(tenantId: string, type: string, query: ListQuery) {
  const where = ['c.tenantId = @tenantId', 'c.type = @type'];
  // A tombstone only redirects its old id to the survivor: never listed, archived or not.
  if (MERGEABLE_TYPES.has(type)) where.push('NOT IS_DEFINED(c.mergedInto)');
  const parameters: SqlParameter[] = [
    { name: '@tenantId', value: tenantId },
    { name: '@type', value: type },
  ];
  const param = (name: string, value: SqlParameter['value']) => {
    parameters.push({ name, value });
    return name;
  };
  const { scope } = query;
  if (scope.spaceIds) {
    const visible = SPACED_TYPES.has(type)
      ? [`ARRAY_CONTAINS(${param('@spaceIds', scope.spaceIds)}, c.spaceId)`]
      : [
          'c.global = true',
          `EXISTS(SELECT VALUE s FROM s IN c.spaceIds WHERE ARRAY_CONTAINS(${param('@spaceIds', scope.spaceIds)}, s))`,
        ];
    if (scope.orOwnerIds?.length) {
      visible.push(`ARRAY_CONTAINS(${param('@orOwnerIds', scope.orOwnerIds)}, c.ownerId)`);
    }
    where.push(`(${visible.join(' OR ')})`);
  }
  if (scope.partnerId) where.push(`c.partnerId = ${param('@partnerId', scope.partnerId)}`);
  if (type === 'account') {
    where.push(
      `(NOT IS_DEFINED(c.private) OR c.private = false OR c.createdBy = ${param('@viewerId', scope.viewerId)})`,
    );
  }
  if (query.ownerId) where.push(`c.ownerId = ${param('@ownerId', query.ownerId)}`);
  if (query.unassigned) where.push('NOT IS_DEFINED(c.ownerId)');
  if (query.accountId) {
    const accountId = param('@accountId', query.accountId);
    where.push(
      type === 'opportunity'
        ? `ARRAY_CONTAINS(c.accountIds, ${accountId})`
        : `c.accountId = ${accountId}`,
    );
  }
  if (query.contactId) {
    const contactId = param('@contactId', query.contactId);
    where.push(`(c.contactId = ${contactId} OR ARRAY_CONTAINS(c.participantIds, ${contactId}))`);
  }
  if (query.status) where.push(`c.status = ${param('@status', query.status)}`);
  if (query.statuses) where.push(`ARRAY_CONTAINS(${param('@statuses', query.statuses)}, c.status)`);
  if (query.createdAfter) {
    where.push(`c.createdAt >= ${param('@createdAfter', query.createdAfter)}`);
  }
  if (query.untouched) where.push('NOT IS_DEFINED(c.firstTouchedAt)');
  if (query.pipelineId) where.push(`c.pipelineId = ${param('@pipelineId', query.pipelineId)}`);
  if (query.stageId) where.push(`c.stageId = ${param('@stageId', query.stageId)}`);
  if (query.tag) where.push(`ARRAY_CONTAINS(c.tags, ${param('@tag', query.tag)})`);
  const text = query.text === undefined ? '' : normalizeForSearch(query.text);
  if (text) where.push(`CONTAINS(c.searchText, ${param('@text', text)})`);
  if (query.archived === true) where.push('c.archived = true');
  if (query.archived === false) where.push('(NOT IS_DEFINED(c.archived) OR c.archived = false)');
  if (query.flagged) {
    where.push(
      'ARRAY_LENGTH(c.possibleDuplicate.ids) > 0',
      'NOT IS_DEFINED(c.mergedInto)',
      'NOT IS_DEFINED(c.anonymizedAt)',
    );
  }
  if (query.closesBefore) {
    where.push(`c.sortCloseDate < ${param('@closesBefore', query.closesBefore)}`);
  }
  return { where, parameters, param };
}

/** A page of records of one type that the scope lets the viewer see. */
export function listRecordsQuery(
  tenantId: string,
  type: string,
  query: ListQuery,
  after: PagePosition | undefined,
): Built {
  const { where, parameters, param } = recordsFilter(tenantId, type, query);
  const sort = query.sort ?? DEFAULT_SORT;
  const sortPath = SORT_PATHS[sort.field];
  if (after) {
    param('@afterValue', after.value);
    param('@afterId', after.id);
    where.push(afterPosition(sortPath, sort.direction));
  }
  const dir = sort.direction === 'asc' ? 'ASC' : 'DESC';
  return {
    spec: {
      query: `SELECT * FROM c WHERE ${where.join(' AND ')} ORDER BY c.type ASC, c.${sortPath} ${dir}, c.id ${dir}`,
      parameters,
    },
    sortPath,
  };
}

/** How many records of one type match, counted by the server. */
export function countRecordsQuery(tenantId: string, type: string, query: ListQuery): SqlQuerySpec {
  const { where, parameters } = recordsFilter(tenantId, type, query);
  return { query: `SELECT VALUE COUNT(1) FROM c WHERE ${where.join(' AND ')}`, parameters };
}

/** The stage summaries of several pipelines, in one round trip. */
export const summariesQuery = (tenantId: string, pipelineIds: string[]): SqlQuerySpec => ({
  query:
    "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.type = 'stage-summary' AND ARRAY_CONTAINS(@pipelineIds, c.pipelineId)",
  parameters: [
    { name: '@tenantId', value: tenantId },
    { name: '@pipelineIds', value: pipelineIds },
  ],
});

/** A record's timeline, newest first, by keyset on (at, id). */
export function timelineQuery(
  tenantId: string,
  recordId: string,
  after: PagePosition | undefined,
): Built {
  const parameters: SqlParameter[] = [
    { name: '@tenantId', value: tenantId },
    { name: '@recordId', value: recordId },
  ];
  const where = ["c.tenantId = @tenantId AND c.type = 'timeline' AND c.recordId = @recordId"];
  if (after) {
    parameters.push(
      { name: '@afterValue', value: after.value },
      { name: '@afterId', value: after.id },
    );
    where.push(afterPosition('at', 'desc'));
  }
  return {
    spec: {
      query: `SELECT * FROM c WHERE ${where.join(' AND ')} ORDER BY c.type ASC, c.recordId ASC, c.at DESC, c.id DESC`,
      parameters,
    },
    sortPath: 'at',
  };
}

/** Every document of one type in a tenant, optionally narrowed by one field's value. */
export function ofTypeQuery(
  tenantId: string,
  type: string,
  field?: { name: 'spaceId' | 'pipelineId' | 'recordId'; value: string },
): SqlQuerySpec {
  const parameters: SqlParameter[] = [
    { name: '@tenantId', value: tenantId },
    { name: '@type', value: type },
  ];
  let query = 'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.type = @type';
  if (field) {
    query += ` AND c.${field.name} = @value`;
    parameters.push({ name: '@value', value: field.value });
  }
  return { query, parameters };
}

/** Every document of a tenant (export, delete). */
export const tenantDocumentsQuery = (tenantId: string): SqlQuerySpec => ({
  query: 'SELECT * FROM c WHERE c.tenantId = @tenantId',
  parameters: [{ name: '@tenantId', value: tenantId }],
});

/** Records with undelivered events, across tenants: the outbox sweeper's view. */
export const pendingOutboxQuery = (): SqlQuerySpec => ({
  query:
    "SELECT * FROM c WHERE c.hasOutbox = true AND c.type IN ('lead', 'opportunity', 'account', 'contact')",
});

/**
 * A page of the leads, contacts and accounts of every tenant stored without duplicate keys (the
 * key backfill), by id after `afterId`: their addresses only.
 */
export const unkeyedRecordsQuery = (afterId: string, limit: number): SqlQuerySpec => ({
  query: `SELECT TOP ${Math.max(1, Math.floor(limit))} c.tenantId, c.id FROM c WHERE c.type IN ('lead', 'contact', 'account') AND NOT IS_DEFINED(c.duplicateKeys) AND c.id > @afterId ORDER BY c.id ASC`,
  parameters: [{ name: '@afterId', value: afterId }],
});

/**
 * Leads of every tenant not counted in the lead counters' current format (stored before the
 * counters, or counted in an older format), by id after `afterId`: their addresses only.
 */
export const uncountedLeadsQuery = (
  afterId: string,
  limit: number,
  format: number,
): SqlQuerySpec => ({
  query: `SELECT TOP ${Math.max(1, Math.floor(limit))} c.tenantId, c.id FROM c WHERE c.type = 'lead' AND (NOT IS_DEFINED(c.countersFormat) OR c.countersFormat < @format) AND c.id > @afterId ORDER BY c.id ASC`,
  parameters: [
    { name: '@afterId', value: afterId },
    { name: '@format', value: format },
  ],
});

/** Which of an assignee's activities: one state, optionally a due window, type or record. */
export type ActivityFilter = {
  assigneeId: string;
  state: 'planned' | 'done';
  /** Due at or after this instant. */
  dueFrom?: string;
  /** Due before this instant. */
  dueBefore?: string;
  /**
   * Overdue (or not) at `now`: a timed activity once its instant has passed, an all-day one
   * once its day, starting at `todayStart`, has begun — the rule `dueBucketsAt` states.
   */
  overdue?: { is: boolean; now: string; todayStart: string };
  typeId?: string;
  recordType?: string;
  recordId?: string;
};

function activityFilter(tenantId: string, filter: ActivityFilter) {
  const where = [
    "c.tenantId = @tenantId AND c.type = 'activity' AND c.assigneeId = @assigneeId AND c.state = @state",
  ];
  const parameters: SqlParameter[] = [
    { name: '@tenantId', value: tenantId },
    { name: '@assigneeId', value: filter.assigneeId },
    { name: '@state', value: filter.state },
  ];
  const optional: [Exclude<keyof ActivityFilter, 'assigneeId' | 'state' | 'overdue'>, string][] = [
    ['dueFrom', 'c.dueAt >= @dueFrom'],
    ['dueBefore', 'c.dueAt < @dueBefore'],
    ['typeId', 'c.typeId = @typeId'],
    ['recordType', 'c.record.recordType = @recordType'],
    ['recordId', 'c.record.recordId = @recordId'],
  ];
  for (const [field, condition] of optional) {
    const value = filter[field];
    if (value === undefined) continue;
    where.push(condition);
    parameters.push({ name: `@${field}`, value });
  }
  if (filter.overdue) {
    const { is, now, todayStart } = filter.overdue;
    where.push(
      is
        ? '((c.allDay = true AND c.dueAt < @todayStart) OR (c.allDay = false AND c.dueAt < @now))'
        : '((c.allDay = true AND c.dueAt >= @todayStart) OR (c.allDay = false AND c.dueAt >= @now))',
    );
    parameters.push({ name: '@todayStart', value: todayStart }, { name: '@now', value: now });
  }
  return { where, parameters };
}

/**
 * A page of one assignee's activities: planned ones by due date, done ones newest first, by
 * keyset on (dueAt | completedAt, id).
 */
export function myActivitiesQuery(
  tenantId: string,
  filter: ActivityFilter,
  after: PagePosition | undefined,
): Built {
  const { where, parameters } = activityFilter(tenantId, filter);
  const planned = filter.state === 'planned';
  const sortPath = planned ? 'dueAt' : 'completedAt';
  const dir = planned ? 'ASC' : 'DESC';
  if (after) {
    parameters.push(
      { name: '@afterValue', value: after.value },
      { name: '@afterId', value: after.id },
    );
    where.push(afterPosition(sortPath, planned ? 'asc' : 'desc'));
  }
  return {
    spec: {
      query: `SELECT * FROM c WHERE ${where.join(' AND ')} ORDER BY c.type ASC, c.assigneeId ASC, c.state ASC, c.${sortPath} ${dir}, c.id ${dir}`,
      parameters,
    },
    sortPath,
  };
}

/** How many of an assignee's activities match (the navigation's counters). */
export function countActivitiesQuery(tenantId: string, filter: ActivityFilter): SqlQuerySpec {
  const { where, parameters } = activityFilter(tenantId, filter);
  return { query: `SELECT VALUE COUNT(1) FROM c WHERE ${where.join(' AND ')}`, parameters };
}

/** The most activities a calendar range answers. */
export const CALENDAR_LIMIT = 1000;

/** The activities of some assignees due in [from, to), for the calendar. */
export const calendarQuery = (
  tenantId: string,
  assigneeIds: string[],
  from: string,
  to: string,
): SqlQuerySpec => ({
  query: `SELECT TOP ${CALENDAR_LIMIT} * FROM c WHERE c.tenantId = @tenantId AND c.type = 'activity' AND ARRAY_CONTAINS(@assigneeIds, c.assigneeId) AND c.dueAt >= @from AND c.dueAt < @to`,
  parameters: [
    { name: '@tenantId', value: tenantId },
    { name: '@assigneeIds', value: assigneeIds },
    { name: '@from', value: from },
    { name: '@to', value: to },
  ],
});

/** A record's activities of one state: planned by due date, done newest first. */
export function recordActivitiesQuery(
  tenantId: string,
  recordId: string,
  state: 'planned' | 'done',
  after: PagePosition | undefined,
): Built {
  const planned = state === 'planned';
  const sortPath = planned ? 'dueAt' : 'completedAt';
  const dir = planned ? 'ASC' : 'DESC';
  const parameters: SqlParameter[] = [
    { name: '@tenantId', value: tenantId },
    { name: '@recordId', value: recordId },
    { name: '@state', value: state },
  ];
  const where = [
    "c.tenantId = @tenantId AND c.type = 'activity' AND c.record.recordId = @recordId AND c.state = @state",
  ];
  if (after) {
    parameters.push(
      { name: '@afterValue', value: after.value },
      { name: '@afterId', value: after.id },
    );
    where.push(afterPosition(sortPath, planned ? 'asc' : 'desc'));
  }
  return {
    spec: {
      query: `SELECT * FROM c WHERE ${where.join(' AND ')} ORDER BY c.type ASC, c.record.recordId ASC, c.state ASC, c.${sortPath} ${dir}, c.id ${dir}`,
      parameters,
    },
    sortPath,
  };
}

/** Every activity of one record, whatever its state (erasure). */
export const allRecordActivitiesQuery = (tenantId: string, recordId: string): SqlQuerySpec => ({
  query:
    "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.type = 'activity' AND c.record.recordId = @recordId",
  parameters: [
    { name: '@tenantId', value: tenantId },
    { name: '@recordId', value: recordId },
  ],
});

/** The records an assignee has planned activities on (ids only): re-levelling their sharing. */
export const plannedRecordsQuery = (tenantId: string, assigneeId: string): SqlQuerySpec => ({
  query:
    "SELECT VALUE c.record.recordId FROM c WHERE c.tenantId = @tenantId AND c.type = 'activity' AND c.assigneeId = @assigneeId AND c.state = 'planned'",
  parameters: [
    { name: '@tenantId', value: tenantId },
    { name: '@assigneeId', value: assigneeId },
  ],
});

/** A user's imports, newest first. */
export const importJobsQuery = (tenantId: string, userId: string): SqlQuerySpec => ({
  query:
    "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.type = 'import-job' AND c.createdBy = @userId ORDER BY c.createdAt DESC",
  parameters: [
    { name: '@tenantId', value: tenantId },
    { name: '@userId', value: userId },
  ],
});

/** Imports of every tenant still running (the recovery sweep at start). */
export const runningImportsQuery = (): SqlQuerySpec => ({
  query: "SELECT * FROM c WHERE c.type = 'import-job' AND c.status = 'running'",
});

/** The rows an import left out, by line, after a line. */
export const importProblemsQuery = (
  tenantId: string,
  jobId: string,
  after: number,
): SqlQuerySpec => ({
  query:
    "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.type = 'import-problem' AND c.jobId = @jobId AND c.line > @after ORDER BY c.line",
  parameters: [
    { name: '@tenantId', value: tenantId },
    { name: '@jobId', value: jobId },
    { name: '@after', value: after },
  ],
});
