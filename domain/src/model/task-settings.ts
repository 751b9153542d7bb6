import { z } from 'zod';
import { ShortText } from './common';
import { ActivityKind, TaskTypeId } from './activity';
import { SuggestionRules } from './task-template';

/** A task type of the tenant. A deactivated one stays on old tasks but is not offered for new ones. */
export const TaskType = z.object({
  id: TaskTypeId,
  name: ShortText,
  kind: ActivityKind,
  order: z.number().int().min(0).max(1000),
  active: z.boolean(),
});
export type TaskType = z.infer<typeof TaskType>;

export const TaskStatus = z.object({
  id: TaskTypeId,
  name: ShortText,
  order: z.number().int().min(0).max(1000),
  active: z.boolean(),
});
export type TaskStatus = z.infer<typeof TaskStatus>;

const uniqueIds = (items: { id: string }[]) =>
  new Set(items.map((i) => i.id)).size === items.length;

/** A tenant's task types and its optional task statuses, with a version for If-Match. */
export const TaskSettingsFields = z.object({
  types: z
    .array(TaskType)
    .min(1)
    .max(50)
    .refine(uniqueIds, { message: 'Each type id once', params: { code: 'field.duplicate_id' } }),
  statusesEnabled: z.boolean(),
  statuses: z
    .array(TaskStatus)
    .max(20)
    .refine(uniqueIds, { message: 'Each status id once', params: { code: 'field.duplicate_id' } }),
});

/** The settings with the suggestion rules (saved on their own, `setSuggestionRules`). */
export const TaskSettings = TaskSettingsFields.extend({
  version: z.number().int().min(1),
  suggestionRules: SuggestionRules.default([]),
});
export type TaskSettings = z.infer<typeof TaskSettings>;

export const TaskSettingsInput = TaskSettingsFields;
export type TaskSettingsInput = z.infer<typeof TaskSettingsInput>;

/** Livespace's defaults, and Call because the bot and the manifest speak of calls. */
export const DEFAULT_TASK_SETTINGS: TaskSettings = {
  version: 1,
  types: [
    { id: 'email', name: 'E-mail', kind: 'email', order: 0, active: true },
    { id: 'offer', name: 'Offer', kind: 'task', order: 1, active: true },
    { id: 'project', name: 'Project', kind: 'task', order: 2, active: true },
    { id: 'meeting', name: 'Meeting', kind: 'meeting', order: 3, active: true },
    { id: 'online_meeting', name: 'Online meeting', kind: 'meeting', order: 4, active: true },
    { id: 'call', name: 'Call', kind: 'call', order: 5, active: true },
  ],
  statusesEnabled: false,
  statuses: [],
  suggestionRules: [],
};

export const TaskSharingLevel = z.enum(['none', 'busy', 'read', 'full']);
export type TaskSharingLevel = z.infer<typeof TaskSharingLevel>;

/** What a user lets colleagues see of their tasks: for every type, or per type. */
export const TaskSharing = z.object({
  default: TaskSharingLevel,
  byType: z.record(TaskTypeId, TaskSharingLevel).optional(),
});
export type TaskSharing = z.infer<typeof TaskSharing>;

export const DEFAULT_TASK_SHARING: TaskSharing = { default: 'none' };
