/** When a planned activity is due, in the user's day: the device's time zone. */
export type Due = { dueAt: string; allDay: boolean };

export type DueState = 'overdue' | 'today' | 'later';

const dayStart = (now: Date, plusDays = 0) =>
  new Date(now.getFullYear(), now.getMonth(), now.getDate() + plusDays).getTime();

/** An all-day activity is overdue from the next day on, a timed one from its time on. */
export function dueState(due: Due, now: Date): DueState {
  const at = Date.parse(due.dueAt);
  if (due.allDay ? at < dayStart(now) : at < now.getTime()) return 'overdue';
  return at < dayStart(now, 1) ? 'today' : 'later';
}
