import type { SnoozeChoice } from '../notifier/reminder-times';

/** What a task card's Action.Execute carries (see TaskActionData), checked. */
export type TaskAction = {
  activityId: string;
  version: number;
  actionId: string;
  eventId?: string;
  until?: SnoozeChoice;
  list?: 'myDay';
  /** What a suggested next task's button carries; the use case checks it like any input. */
  suggestion?: Record<string, unknown>;
};

const SNOOZE_CHOICES: readonly string[] = ['hour', 'tomorrow', 'nextWeek'];
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;

/** The action's data as sent by Teams; anything malformed is refused. */
export function parseTaskAction(data: Record<string, unknown>): TaskAction | undefined {
  const { activityId, version, actionId, eventId, until, list, suggestion } = data;
  const v = Number(version);
  if (!isId(activityId) || !isId(actionId) || !Number.isInteger(v) || v < 1) return undefined;
  if (until !== undefined && !SNOOZE_CHOICES.includes(String(until))) return undefined;
  return {
    activityId,
    version: v,
    actionId,
    ...(isId(eventId) ? { eventId } : {}),
    ...(until !== undefined ? { until: until as SnoozeChoice } : {}),
    ...(list === 'myDay' ? { list } : {}),
    ...(typeof suggestion === 'object' && suggestion !== null && !Array.isArray(suggestion)
      ? { suggestion: suggestion as Record<string, unknown> }
      : {}),
  };
}
