import type {
  ActivityView,
  CreateActivityInput,
  RecordType,
  TaskBucket,
  UpdateActivityInput,
} from '@channel-crm/domain';
import {
  completeActivity,
  createActivity,
  deleteActivity,
  getTaskSettings,
  listMyTasks,
  recordActivities,
  updateActivity,
} from '@channel-crm/domain/contracts';
import { call } from '../../../shell/api-client';

/** Below the record's key, so invalidating the record refreshes its activities too. */
export const recordActivitiesKey = (type: RecordType, id: string) =>
  [type, id, 'activities'] as const;

export const taskSettingsKey = ['task-settings'] as const;
export const taskTemplatesKey = ['task-templates'] as const;

/** All planned ones, and a page of done ones after `continuation`. */
export const fetchRecordActivities = (
  type: RecordType,
  id: string,
  continuation: string | undefined,
  signal?: AbortSignal,
) => call(recordActivities[type], { params: { id }, query: { limit: 20, continuation }, signal });

export const fetchTaskSettings = (signal?: AbortSignal) => call(getTaskSettings, { signal });

/** The buckets of the user's planned tasks, one of which may become a record's related task. */
export const PICKABLE_BUCKETS = ['overdue', 'today', 'upcoming'] as const satisfies TaskBucket[];

export const fetchMyPlannedTasks = (bucket: TaskBucket, signal: AbortSignal) =>
  call(listMyTasks, { query: { bucket, limit: 50 }, signal });

export const addActivity = (body: CreateActivityInput, idempotencyKey: string) =>
  call(createActivity, { body, idempotencyKey });

export const changeActivity = (activity: ActivityView, body: UpdateActivityInput) =>
  call(updateActivity, { params: { id: activity.id }, body, version: activity.version });

export const markActivityDone = (activity: ActivityView) =>
  call(completeActivity, { params: { id: activity.id } });

export const removeActivity = (activity: ActivityView) =>
  call(deleteActivity, { params: { id: activity.id }, version: activity.version });
