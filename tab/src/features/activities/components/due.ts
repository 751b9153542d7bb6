import { localDayBounds } from '@channel-crm/domain';

/** When a planned activity is due. */
export type Due = { dueAt: string; allDay: boolean };

export type DueState = 'overdue' | 'today' | 'later';

/**
 * An all-day activity is overdue from the next day on, a timed one from its time on; days are
 * those of `timeZone`, the user's own (their profile's, as the server counts "today"), not the
 * device's.
 */
export function dueState(due: Due, now: Date, timeZone: string): DueState {
  const at = Date.parse(due.dueAt);
  const today = localDayBounds(now.toISOString(), timeZone);
  if (due.allDay ? at < Date.parse(today.start) : at < now.getTime()) return 'overdue';
  return at < Date.parse(today.end) ? 'today' : 'later';
}
