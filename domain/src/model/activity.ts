import { z } from 'zod';
import { DocumentMeta, Id, IsoDateTime, ShortText, UserId } from './common';
import type { TaskSharingLevel } from './task-settings';
import { RecordType } from './timeline';

/** What an activity is; copied from its task type at write so lists render without settings. */
export const ActivityKind = z.enum(['call', 'meeting', 'email', 'task']);
export type ActivityKind = z.infer<typeof ActivityKind>;

export const ActivityState = z.enum(['planned', 'done']);
export type ActivityState = z.infer<typeof ActivityState>;

/** A task type's or status's stable id ('email', 'online_meeting', 'follow_up_2'). */
export const TaskTypeId = z
  .string()
  .regex(/^[a-z0-9_]{1,40}$/, 'lower-case letters, digits and _ only, at most 40');

export const Notes = z.string().max(5000);
/** Up to a week: a trade fair is a long meeting, anything longer is not one slot. */
export const DurationMinutes = z
  .number()
  .int()
  .min(0)
  .max(7 * 24 * 60);

/** What an activity may relate to: a CRM record, or a space itself (a template applied to it). */
export const ActivityRecordType = z.enum([...RecordType.options, 'space']);
export type ActivityRecordType = z.infer<typeof ActivityRecordType>;

/** The record an activity relates to, with what lists and the calendar show of it. */
export const ActivityRecord = z.object({
  recordType: ActivityRecordType,
  recordId: Id,
  /** Leads, opportunities and spaces: the space, copied so sharing can tell who sees the record. */
  spaceId: Id.optional(),
  /** Accounts and contacts: the spaces they are attached to, whether global or private. */
  spaceIds: z.array(Id).max(200).optional(),
  global: z.boolean().optional(),
  private: z.boolean().optional(),
  title: z.string().max(200),
});
export type ActivityRecord = z.infer<typeof ActivityRecord>;

/**
 * A call, meeting, e-mail or task on a lead, opportunity, account or contact. Planned ones are
 * due at `dueAt`; an all-day one is due on dueAt's day in the assignee's time zone (dueAt is
 * that day's start there).
 */
export const Activity = DocumentMeta.extend({
  type: z.literal('activity'),
  id: Id,
  typeId: TaskTypeId,
  kind: ActivityKind,
  title: ShortText,
  notes: Notes.optional(),
  dueAt: IsoDateTime,
  allDay: z.boolean().default(false),
  durationMinutes: DurationMinutes.default(30),
  assigneeId: UserId,
  state: ActivityState,
  statusId: TaskTypeId.optional(),
  completedAt: IsoDateTime.optional(),
  completedBy: UserId.optional(),
  record: ActivityRecord,
  /** Set when a template or post-sale sequence created it (its id is derived from these). */
  templateRunId: z.string().max(200).optional(),
  sourceKey: z.string().max(200).optional(),
});
export type Activity = z.infer<typeof Activity>;

/**
 * The earliest planned activity of a lead or deal, for its board card, as the viewer may see
 * it (rules/task-sharing.ts): free/busy shows the slot without its title and kind.
 */
export const NextActivity = z.object({
  id: Id,
  dueAt: IsoDateTime,
  allDay: z.boolean(),
  assigneeId: UserId,
  title: ShortText.optional(),
  kind: ActivityKind.optional(),
  busy: z.literal(true).optional(),
});
export type NextActivity = z.infer<typeof NextActivity>;

/** A planned activity as its record keeps it (storage only), with what its assignee shares. */
export type PlannedActivity = Pick<
  Activity,
  'id' | 'typeId' | 'title' | 'kind' | 'dueAt' | 'allDay' | 'assigneeId' | 'createdBy'
> & { sharedAs: TaskSharingLevel };

/** An activity the viewer may read ('read') or also change and complete ('full'). */
export const ActivityView = Activity.extend({ access: z.enum(['read', 'full']) });
export type ActivityView = z.infer<typeof ActivityView>;

/** What free/busy sharing shows of a colleague's activity: the slot, never what it is. */
export const BusySlot = Activity.pick({
  id: true,
  dueAt: true,
  allDay: true,
  durationMinutes: true,
  assigneeId: true,
}).extend({ busy: z.literal(true) });
export type BusySlot = z.infer<typeof BusySlot>;

export const SharedActivity = z.union([ActivityView, BusySlot]);
export type SharedActivity = z.infer<typeof SharedActivity>;

const ActivityFields = z.object({
  typeId: TaskTypeId,
  title: ShortText,
  notes: Notes.optional(),
  dueAt: IsoDateTime,
  allDay: z.boolean().optional(),
  durationMinutes: DurationMinutes.optional(),
  /** The actor when left out. */
  assigneeId: UserId.optional(),
  statusId: TaskTypeId.optional(),
});

/** A planned activity, or with `done: true` one logged as done in one step ("Logged a call"). */
export const CreateActivityInput = ActivityFields.extend({
  recordType: RecordType,
  recordId: Id,
  done: z.boolean().optional(),
});
export type CreateActivityInput = z.infer<typeof CreateActivityInput>;

/** The record an activity is moved to ("Add a related task" picking an existing one). */
export const ActivityRecordRef = z.object({ recordType: RecordType, recordId: Id });
export type ActivityRecordRef = z.infer<typeof ActivityRecordRef>;

/**
 * Changes to an activity; a new dueAt reschedules it, a new `record` relates it to that record
 * instead. `null` clears notes or status.
 */
export const UpdateActivityInput = ActivityFields.partial().extend({
  notes: Notes.nullable().optional(),
  statusId: TaskTypeId.nullable().optional(),
  record: ActivityRecordRef.optional(),
});
export type UpdateActivityInput = z.infer<typeof UpdateActivityInput>;

export const TaskBucket = z.enum(['overdue', 'today', 'upcoming', 'done']);
export type TaskBucket = z.infer<typeof TaskBucket>;

const Paging = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  continuation: z.string().max(2000).optional(),
};

/** One bucket of the actor's own tasks, days counted in their time zone. */
export const ListMyTasksInput = z.object({
  bucket: TaskBucket.default('today'),
  typeId: TaskTypeId.optional(),
  recordType: RecordType.optional(),
  recordId: Id.optional(),
  ...Paging,
});
export type ListMyTasksInput = z.infer<typeof ListMyTasksInput>;

export const ListRecordActivitiesInput = z.object(Paging);
export type ListRecordActivitiesInput = z.infer<typeof ListRecordActivitiesInput>;

/**
 * A record's activities: planned by due date (all of them), done newest first (paged), and how
 * many of the planned ones the viewer sees are overdue and due today in the viewer's time zone
 * (a timed one is overdue once its time has passed, an all-day one once its day has ended).
 */
export const RecordActivities = z.object({
  planned: z.array(SharedActivity),
  done: z.array(SharedActivity),
  counts: z.object({ overdue: z.number().int(), dueToday: z.number().int() }),
  continuation: z.string().optional(),
});
export type RecordActivities = z.infer<typeof RecordActivities>;

export const MAX_CALENDAR_DAYS = 42;

/** The calendar from `from` (inclusive) to `to` (exclusive), of the actor or of colleagues. */
export const CalendarRangeInput = z
  .object({
    from: IsoDateTime,
    to: IsoDateTime,
    /** Comma-separated user ids; the actor when left out. */
    assigneeIds: z
      .string()
      .max(2000)
      .optional()
      .transform((ids) => (ids ? [...new Set(ids.split(',').filter(Boolean))] : undefined))
      .pipe(z.array(UserId).max(20).optional()),
  })
  .refine((range) => Date.parse(range.to) > Date.parse(range.from), {
    path: ['to'],
    message: 'to must be after from',
    params: { code: 'field.range_order' },
  })
  .refine(
    (range) => Date.parse(range.to) - Date.parse(range.from) <= MAX_CALENDAR_DAYS * 86_400_000,
    {
      path: ['to'],
      message: `at most ${MAX_CALENDAR_DAYS} days`,
      params: { code: 'field.range_too_long' },
    },
  );
export type CalendarRangeInput = z.infer<typeof CalendarRangeInput>;

export const CalendarActivities = z.object({ items: z.array(SharedActivity) });
export type CalendarActivities = z.infer<typeof CalendarActivities>;

/** The actor's overdue and due-today planned tasks, days counted in their time zone. */
export const TaskCounters = z.object({ overdue: z.number().int(), dueToday: z.number().int() });
export type TaskCounters = z.infer<typeof TaskCounters>;
