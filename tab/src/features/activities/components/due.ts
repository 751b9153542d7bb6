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

/** The record page's counters: how many of its planned activities are overdue, due today. */
export function dueCounts(planned: readonly Due[], now: Date) {
  let overdue = 0;
  let dueToday = 0;
  for (const due of planned) {
    const state = dueState(due, now);
    if (state === 'overdue') overdue += 1;
    else if (state === 'today') dueToday += 1;
  }
  return { overdue, dueToday };
}
