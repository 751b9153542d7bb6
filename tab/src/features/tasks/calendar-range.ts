/** Days and slots of the calendar, in the browser's time zone. */

export type CalendarView = 'day' | 'week' | 'month';

export const startOfDay = (date: Date): Date =>
  new Date(date.getFullYear(), date.getMonth(), date.getDate());

export const addDays = (date: Date, days: number): Date =>
  new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);

/** Weeks start on Monday. */
export const startOfWeek = (date: Date): Date =>
  addDays(startOfDay(date), -((date.getDay() + 6) % 7));

/** A month shows as the six weeks from the Monday on or before its first day. */
const MONTH_DAYS = 42;

/** The days a view shows around `anchor`, first to last. */
export function daysOf(view: CalendarView, anchor: Date): Date[] {
  const first =
    view === 'day'
      ? startOfDay(anchor)
      : view === 'week'
        ? startOfWeek(anchor)
        : startOfWeek(new Date(anchor.getFullYear(), anchor.getMonth(), 1));
  const count = view === 'day' ? 1 : view === 'week' ? 7 : MONTH_DAYS;
  return Array.from({ length: count }, (_, i) => addDays(first, i));
}

/** Where the previous or next page of a view is anchored. */
export function shiftAnchor(view: CalendarView, anchor: Date, direction: 1 | -1): Date {
  if (view === 'month') return new Date(anchor.getFullYear(), anchor.getMonth() + direction, 1);
  return addDays(anchor, direction * (view === 'week' ? 7 : 1));
}

export const dayKey = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/**
 * The due date moved to `day` (and to `hour` when given), keeping its minutes, so a drag
 * across days keeps the time and a drag to an hour keeps the quarter.
 */
export function movedDueAt(dueAt: string, day: Date, hour?: number): string {
  const due = new Date(dueAt);
  const moved = new Date(
    day.getFullYear(),
    day.getMonth(),
    day.getDate(),
    hour ?? due.getHours(),
    due.getMinutes(),
  );
  return moved.toISOString();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-11-30T09:30` for a datetime-local input (`2026-11-30` for a whole-day task). */
export function toLocalInput(iso: string, allDay: boolean): string {
  const date = new Date(iso);
  const day = dayKey(date);
  return allDay ? day : `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The instant a date or datetime-local input means here; undefined when it is not one. */
export function fromLocalInput(value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h = '0', mi = '0'] = match;
  return new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)).toISOString();
}
