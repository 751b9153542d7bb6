import { localDayBounds } from './local-day';
import { localDateOf } from './task-schedule';

/**
 * The UTC hours a run of local dates covers. Lead counters are kept per UTC hour of arrival,
 * so a period of local dates adds up the hours that start inside it: exact in whole-hour time
 * zones, off by the half hour at the period's edges in the few others.
 */

const HOUR_MS = 3_600_000;

/** The local hour at each instant: one formatter for all (making one costs far more than using it). */
const localHoursIn = (timeZone: string) => {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', hourCycle: 'h23' });
  return (instant: number) => Number(format.format(new Date(instant)));
};

/** Where the local date `date` starts and ends in `timeZone`, as UTC instants. */
function boundsOf(date: string, timeZone: string) {
  const noon = Date.parse(`${date}T12:00:00Z`);
  const local = localDateOf(new Date(noon).toISOString(), timeZone);
  const inside = local === date ? noon : local > date ? noon - 12 * HOUR_MS : noon + 12 * HOUR_MS;
  const { start, end } = localDayBounds(new Date(inside).toISOString(), timeZone);
  return { start: Date.parse(start), end: Date.parse(end) };
}

export type UtcHour = {
  /** The UTC date (`2026-03-02`) and hour (`00`–`23`) a counter document keys it by. */
  day: string;
  utcHour: string;
  /** The hour's start. */
  at: number;
};

function hoursWithin(start: number, end: number): UtcHour[] {
  const hours: UtcHour[] = [];
  for (let at = Math.ceil(start / HOUR_MS) * HOUR_MS; at < end; at += HOUR_MS) {
    const iso = new Date(at).toISOString();
    hours.push({ day: iso.slice(0, 10), utcHour: iso.slice(11, 13), at });
  }
  return hours;
}

/** The UTC hours of one local date, each with its local hour. */
export const utcHoursOfLocalDate = (date: string, timeZone: string) => {
  const { start, end } = boundsOf(date, timeZone);
  const localHourOf = localHoursIn(timeZone);
  return hoursWithin(start, end).map((hour) => ({ ...hour, localHour: localHourOf(hour.at) }));
};

/** The UTC hours from the start of local date `from` to the end of `to`, by UTC date. */
export function utcHoursBetween(
  from: string,
  to: string,
  timeZone: string,
): Map<string, Set<string>> {
  const byDay = new Map<string, Set<string>>();
  const hours = hoursWithin(boundsOf(from, timeZone).start, boundsOf(to, timeZone).end);
  for (const { day, utcHour } of hours) {
    const set = byDay.get(day) ?? new Set<string>();
    set.add(utcHour);
    byDay.set(day, set);
  }
  return byDay;
}
