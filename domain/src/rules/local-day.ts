/**
 * Day boundaries in a user's time zone, as UTC instants: "today" for a seller in Warsaw starts
 * at 23:00 UTC the evening before (22:00 in summer).
 */

const offsetMinutes = (instant: number, timeZone: string): number => {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
};

/** The local calendar date (y, m, d) at `instant` in `timeZone`. */
const localDate = (instant: number, timeZone: string) => {
  const local = new Date(instant + offsetMinutes(instant, timeZone) * 60_000);
  return { y: local.getUTCFullYear(), m: local.getUTCMonth(), d: local.getUTCDate() };
};

/** The instant local midnight of that date begins in `timeZone` (DST-safe). */
const midnight = (y: number, m: number, d: number, timeZone: string): number => {
  const guess = Date.UTC(y, m, d);
  const first = guess - offsetMinutes(guess, timeZone) * 60_000;
  return guess - offsetMinutes(first, timeZone) * 60_000;
};

/** Where the local day holding `now` starts and the next one starts, as ISO instants. */
export function localDayBounds(now: string, timeZone: string): { start: string; end: string } {
  const { y, m, d } = localDate(Date.parse(now), timeZone);
  return {
    start: new Date(midnight(y, m, d, timeZone)).toISOString(),
    end: new Date(midnight(y, m, d + 1, timeZone)).toISOString(),
  };
}
