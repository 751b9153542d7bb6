/**
 * Due dates of tasks in the assignee's time zone, with Intl.DateTimeFormat only (browser-safe).
 *
 * Instants are ISO 8601 strings (what the store keeps and the clock answers); a local date is
 * 'YYYY-MM-DD' and a local time 'HH:MM', both meant in an IANA time zone. A zone the runtime
 * does not know is read as UTC: users' zones are checked when they are saved
 * (`knownTimeZone`), so an unknown one is old data, and a due date in UTC beats a failed plan.
 */

/** A calendar date in some time zone, 'YYYY-MM-DD'. */
export type LocalDate = string;
/** A wall-clock time in some time zone, 'HH:MM' (24-hour). */
export type LocalTime = string;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** One formatter per known zone (a few hundred at most); building one is the slow part. */
const formatters = new Map<string, Intl.DateTimeFormat>();

const wallClockFormat = (timeZone: string) =>
  new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });

/** The zone's formatter, or UTC's for a zone the runtime does not know (see the module comment). */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  const cached = formatters.get(timeZone);
  if (cached) return cached;
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = wallClockFormat(timeZone);
  } catch {
    return formatterFor('UTC');
  }
  formatters.set(timeZone, formatter);
  return formatter;
}

/** The wall clock of `epochMs` in the zone, as if that wall clock were UTC (milliseconds). */
function wallClockMs(epochMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wholeSeconds = Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour!,
    parts.minute!,
    parts.second!,
  );
  return wholeSeconds + (((epochMs % 1000) + 1000) % 1000);
}

function parseInstant(instant: string): number {
  const epochMs = Date.parse(instant);
  if (Number.isNaN(epochMs)) throw new RangeError(`Not an instant: ${instant}`);
  return epochMs;
}

function parseLocalDate(date: LocalDate): number {
  const match = LOCAL_DATE.exec(date);
  const epochMs = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (Number.isNaN(epochMs) || new Date(epochMs).toISOString().slice(0, 10) !== date)
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  return epochMs;
}

function parseLocalTime(time: LocalTime): number {
  const match = LOCAL_TIME.exec(time);
  if (!match) throw new RangeError(`Not a time of day (HH:MM): ${time}`);
  return (Number(match[1]) * 60 + Number(match[2])) * MINUTE_MS;
}

const dateOfWallClock = (wallMs: number): LocalDate => new Date(wallMs).toISOString().slice(0, 10);

/** The calendar date the instant falls on in the zone. */
export const localDateOf = (instant: string, timeZone: string): LocalDate =>
  dateOfWallClock(wallClockMs(parseInstant(instant), timeZone));

/** The wall-clock time of the instant in the zone, to the minute (seconds dropped). */
export function localTimeOf(instant: string, timeZone: string): LocalTime {
  const wall = new Date(wallClockMs(parseInstant(instant), timeZone));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`;
}

/**
 * The instant a wall-clock time on a date has in the zone. DST is resolved as Temporal's
 * 'compatible' does: a time that happens twice (clocks go back) is its earlier occurrence; a
 * time that never happens (clocks go forward) moves forward by the gap, so 02:30 on the
 * Warsaw spring-forward night is 03:30 summer time.
 */
export function localTimeToInstant(date: LocalDate, time: LocalTime, timeZone: string): string {
  const wall = parseLocalDate(date) + parseLocalTime(time);
  // A zone's offset changes at most once in two days, so the offsets a day either side are
  // the only ones this wall-clock time can have.
  const offsetBefore = wallClockMs(wall - DAY_MS, timeZone) - (wall - DAY_MS);
  const offsetAfter = wallClockMs(wall + DAY_MS, timeZone) - (wall + DAY_MS);
  const matching = [wall - offsetBefore, wall - offsetAfter]
    .filter((epochMs) => wallClockMs(epochMs, timeZone) === wall)
    .sort((a, b) => a - b);
  return new Date(matching[0] ?? wall - offsetBefore).toISOString();
}

/** Adds calendar days to a local date. */
export const addLocalDays = (date: LocalDate, days: number): LocalDate =>
  dateOfWallClock(parseLocalDate(date) + days * DAY_MS);

/** 0 = Sunday … 6 = Saturday, as Date.getUTCDay. */
const weekdayOf = (date: LocalDate) => new Date(parseLocalDate(date)).getUTCDay();

export const isWorkingDay = (date: LocalDate): boolean => {
  const weekday = weekdayOf(date);
  return weekday !== 0 && weekday !== 6;
};

/**
 * The date `days` working days (Monday to Friday) after `date`, as spreadsheets' WORKDAY
 * counts them: Friday + 1 is Monday, and Saturday or Sunday + 1 is Monday too. Zero days is
 * the date itself when it is a working day, else the Monday after: a task is never due on a
 * weekend. Holidays are not known here.
 */
export function addWorkingDaysToDate(date: LocalDate, days: number): LocalDate {
  if (!Number.isInteger(days) || days < 0)
    throw new RangeError(`Working days must be a whole number ≥ 0: ${days}`);
  if (days === 0) {
    let due = date;
    while (!isWorkingDay(due)) due = addLocalDays(due, 1);
    return due;
  }
  // Counting after a Saturday or a Sunday is counting after the Friday before it.
  const weekday = weekdayOf(date);
  let due = addLocalDays(date, weekday === 6 ? -1 : weekday === 0 ? -2 : 0);
  due = addLocalDays(due, Math.floor(days / 5) * 7);
  for (let left = days % 5; left > 0;) {
    due = addLocalDays(due, 1);
    if (isWorkingDay(due)) left -= 1;
  }
  return due;
}

/**
 * The instant `days` working days after the anchor's local date in the zone (see
 * addWorkingDaysToDate for weekends), at the local time `at`, or else at the anchor's own
 * local time of day, to the minute. The local time is kept across DST changes: 10:00 stays
 * 10:00 on the wall, whatever the offset became.
 */
export function addWorkingDays(
  anchor: string,
  days: number,
  timeZone: string,
  at?: LocalTime,
): string {
  const date = addWorkingDaysToDate(localDateOf(anchor, timeZone), days);
  return localTimeToInstant(date, at ?? localTimeOf(anchor, timeZone), timeZone);
}

/** The local day as instants, `start` included and `end` (the next day's start) excluded. */
export function localDayRange(date: LocalDate, timeZone: string): { start: string; end: string } {
  return {
    start: localTimeToInstant(date, '00:00', timeZone),
    end: localTimeToInstant(addLocalDays(date, 1), '00:00', timeZone),
  };
}

export type DueBucket = 'overdue' | 'today' | 'upcoming';

/**
 * Sorts planned tasks by where they stand for their assignee at `now`: a timed task is overdue
 * once its instant has passed; an all-day task only once its local day has ended, so it is due
 * all day. The day's bounds are worked out once, so sorting a long list is cheap.
 */
export function dueBucketsAt(
  now: string,
  timeZone: string,
): (task: { dueAt: string; allDay: boolean }) => DueBucket {
  const today = localDayRange(localDateOf(now, timeZone), timeZone);
  const [nowMs, todayStart, todayEnd] = [now, today.start, today.end].map(parseInstant) as [
    number,
    number,
    number,
  ];
  return (task) => {
    const due = parseInstant(task.dueAt);
    if (due >= todayEnd) return 'upcoming';
    return due < (task.allDay ? todayStart : nowMs) ? 'overdue' : 'today';
  };
}
/**
 * When a task planned `days` working days after the anchor is due: at the local `time` when
 * there is one, else all day. An all-day task's dueAt is the start of its local day (the
 * activity model reads its day from there).
 */
export function dueAfterWorkingDays(
  anchor: string,
  days: number,
  timeZone: string,
  time?: LocalTime,
): { dueAt: string; allDay: boolean } {
  if (time !== undefined)
    return { dueAt: addWorkingDays(anchor, days, timeZone, time), allDay: false };
  const date = addWorkingDaysToDate(localDateOf(anchor, timeZone), days);
  return { dueAt: localDayRange(date, timeZone).start, allDay: true };
}
