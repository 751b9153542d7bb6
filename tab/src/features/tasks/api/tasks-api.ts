import type { ActivityView, RecordType, TaskBucket } from '@channel-crm/domain';
import {
  completeActivity,
  createActivity,
  getTaskCounters,
  getTaskSettings,
  listCalendar,
  listMyTasks,
  updateActivity,
} from '@channel-crm/domain/contracts';
import { call } from '../../../shell/api-client';

/** Every query of the tasks feature starts with this: one invalidation refreshes them all. */
export const tasksKey = ['tasks'] as const;
export const countersKey = [...tasksKey, 'counters'] as const;
export const taskSettingsKey = ['task-settings'] as const;

export type TaskFilter = { typeId?: string; record?: { type: RecordType; id: string } };

export const myTasksKey = (bucket: TaskBucket, filter: TaskFilter) =>
  [...tasksKey, 'mine', bucket, filter] as const;

export const calendarKey = (from: string, to: string, assigneeIds: string[]) =>
  [...tasksKey, 'calendar', from, to, assigneeIds.join(',')] as const;

/** How many tasks a bucket shows at first and each "Show more" adds. */
export const TASK_PAGE = 50;

export const fetchCounters = (signal: AbortSignal) => call(getTaskCounters, { signal });

export const fetchTaskSettings = (signal: AbortSignal) => call(getTaskSettings, { signal });

export const fetchMyTasks = (
  bucket: TaskBucket,
  filter: TaskFilter,
  continuation: string | undefined,
  signal: AbortSignal,
) =>
  call(listMyTasks, {
    query: {
      bucket,
      limit: TASK_PAGE,
      ...(filter.typeId ? { typeId: filter.typeId } : {}),
      ...(filter.record ? { recordType: filter.record.type, recordId: filter.record.id } : {}),
      ...(continuation ? { continuation } : {}),
    },
    signal,
  });

export const fetchCalendar = (
  from: string,
  to: string,
  assigneeIds: string[],
  signal: AbortSignal,
) => call(listCalendar, { query: { from, to, assigneeIds: assigneeIds.join(',') }, signal });

export const complete = (id: string) => call(completeActivity, { params: { id } });

export const reschedule = (task: Pick<ActivityView, 'id' | 'version'>, dueAt: string) =>
  call(updateActivity, { params: { id: task.id }, body: { dueAt }, version: task.version });

export type SuggestedTask = { typeId: string; title: string; dueAt: string };

/**
 * The next task the tenant's rules propose after a completion, when the API answers one
 * (completeActivity may carry `suggestion`); absent otherwise.
 */
export function suggestionOf(completed: unknown): SuggestedTask | undefined {
  if (typeof completed !== 'object' || completed === null || !('suggestion' in completed))
    return undefined;
  const suggestion = completed.suggestion;
  if (typeof suggestion !== 'object' || suggestion === null) return undefined;
  const { typeId, title, dueAt } = suggestion as Record<string, unknown>;
  return typeof typeId === 'string' && typeof title === 'string' && typeof dueAt === 'string'
    ? { typeId, title, dueAt }
    : undefined;
}

/** A suggestion follows a record's task; the API proposes none after a space's task. */
export const planSuggestion = (
  record: ActivityView['record'] & { recordType: RecordType },
  suggestion: SuggestedTask,
) =>
  call(createActivity, {
    body: { ...suggestion, recordType: record.recordType, recordId: record.recordId },
    idempotencyKey: crypto.randomUUID(),
  });
