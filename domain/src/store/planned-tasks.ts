import type { DomainEvent } from '../events';
import type { Activity, PlannedActivity } from '../model/activity';
import type { TaskSharingLevel } from '../model/task-settings';
import { SCHEMA_VERSION } from './migrations';
import type { StoredDocument } from './stored-document';

/** A record keeps at most this many planned activities (its board card shows the earliest). */
export const MAX_PLANNED_ACTIVITIES = 200;

/** The record's compact list of its planned activities, from which `nextActivity` derives. */
export type PlannedEntry = PlannedActivity;

export const earliest = (planned: PlannedEntry[]): PlannedEntry | undefined =>
  planned.reduce<PlannedEntry | undefined>(
    (first, entry) =>
      !first || entry.dueAt < first.dueAt || (entry.dueAt === first.dueAt && entry.id < first.id)
        ? entry
        : first,
    undefined,
  );

/** Tasks that template runs create on one record, each with the events it causes. */
export type PlannedTasks = {
  /** Each run is applied once to a record: the record remembers the runs it had. */
  runKeys: string[];
  items: { activity: Activity; events: DomainEvent[] }[];
  /** What the assignee shares of the tasks' types (see ActivityWrite). */
  sharedAs: (typeId: string) => TaskSharingLevel;
};

const appliedRunsOf = (record: StoredDocument) =>
  (record.appliedTemplateRuns as string[] | undefined) ?? [];

/**
 * The record with the tasks of runs it has not had yet in its planned list, next activity and
 * outbox, and those runs remembered; the tasks to create. A record that would hold more than
 * MAX_PLANNED_ACTIVITIES answers 'full'.
 */
export function withPlannedTasks(
  record: StoredDocument,
  tasks: PlannedTasks,
): { record: StoredDocument; created: Activity[] } | 'full' {
  const applied = new Set(appliedRunsOf(record));
  const fresh = tasks.items.filter(
    ({ activity }) => activity.templateRunId === undefined || !applied.has(activity.templateRunId),
  );
  if (fresh.length === 0) return { record, created: [] };
  const before = (record.plannedActivities as PlannedEntry[] | undefined) ?? [];
  const entries: PlannedEntry[] = fresh
    .filter(({ activity }) => activity.state === 'planned' && keepsPlannedList(record))
    .map(({ activity: a }) => ({
      ...{ id: a.id, typeId: a.typeId, title: a.title, kind: a.kind, dueAt: a.dueAt },
      ...{ allDay: a.allDay, assigneeId: a.assigneeId, createdBy: a.createdBy },
      sharedAs: tasks.sharedAs(a.typeId),
    }));
  const planned = [...before, ...entries];
  if (planned.length > MAX_PLANNED_ACTIVITIES) return 'full';
  const outbox = withEvents(
    record,
    fresh.flatMap(({ events }) => events),
  );
  const next = earliest(planned);
  return {
    record: {
      ...record,
      ...(next ? { nextActivity: next } : {}),
      plannedActivities: planned,
      appliedTemplateRuns: [...applied, ...tasks.runKeys.filter((key) => !applied.has(key))],
      outbox,
      hasOutbox: outbox.length > 0,
    },
    created: fresh.map(({ activity }) => activity),
  };
}

/**
 * Whether the record lists its planned activities (for its next activity). A space does not:
 * it is read on most requests, and its members' tasks would soon reach the cap.
 */
export const keepsPlannedList = (record: StoredDocument) => record.type !== 'space';

/**
 * The record's outbox with an activity's events. A space keeps none: the dispatcher and the
 * bot's notifier read the outboxes of CRM records only, so a space's tasks notify nobody.
 */
export const withEvents = (record: StoredDocument, events: DomainEvent[]): DomainEvent[] => [
  ...(record.outbox ?? []),
  ...(record.type === 'space' ? [] : events.map((e) => ({ ...e, version: record.version }))),
];

/** A new activity as the store keeps it, written by the commit `commitId`. */
export const newActivityDocument = (activity: Activity, commitId: string): StoredDocument => ({
  ...activity,
  schemaVersion: SCHEMA_VERSION,
  version: 1,
  commits: [{ id: commitId, version: 1 }],
});
