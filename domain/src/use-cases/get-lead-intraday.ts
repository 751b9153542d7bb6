import type { GetLeadIntradayInput, LeadIntraday } from '../model/lead-stats';
import { localDayBounds } from '../rules/local-day';
import { ok, type Result } from '../result';
import type { LeadDayFigures } from '../store/lead-counters';
import type { UseCaseContext } from './context';
import { spaceLeadFigures } from './space-lead-figures';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

const localDateOf = (instant: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(instant));

const localHourOf = (instant: number, timeZone: string) =>
  Number(
    new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', hourCycle: 'h23' }).format(
      new Date(instant),
    ),
  );

/** Where the local date `date` starts and ends in `timeZone`, as UTC instants. */
function boundsOf(date: string, timeZone: string) {
  const noon = Date.parse(`${date}T12:00:00Z`);
  const local = localDateOf(noon, timeZone);
  const inside = local === date ? noon : local > date ? noon - 12 * HOUR_MS : noon + 12 * HOUR_MS;
  const { start, end } = localDayBounds(new Date(inside).toISOString(), timeZone);
  return { start: Date.parse(start), end: Date.parse(end) };
}

/**
 * The UTC hours a local date covers, each with its local hour. Arrivals are counted per UTC
 * hour, so an hour counts on the local day it starts in: exact in whole-hour time zones, off by
 * the half hour in the few others.
 */
function hoursOf(date: string, timeZone: string) {
  const { start, end } = boundsOf(date, timeZone);
  const hours: { day: string; utcHour: string; localHour: number }[] = [];
  for (let at = Math.ceil(start / HOUR_MS) * HOUR_MS; at < end; at += HOUR_MS) {
    const iso = new Date(at).toISOString();
    hours.push({
      day: iso.slice(0, 10),
      utcHour: iso.slice(11, 13),
      localHour: localHourOf(at, timeZone),
    });
  }
  return hours;
}

const minusDays = (date: string, days: number) =>
  new Date(Date.parse(date) - days * DAY_MS).toISOString().slice(0, 10);

/**
 * A local day's arrivals by hour against the average of the same weekday over the weeks
 * before, from the per-day hourly counters (point reads of the few UTC dates they cover).
 */
export async function getLeadIntraday(
  ctx: UseCaseContext,
  spaceId: string,
  input: GetLeadIntradayInput,
): Promise<Result<LeadIntraday>> {
  const { timeZone, weeks } = input;
  const date = input.date ?? localDateOf(Date.parse(ctx.clock.now()), timeZone);
  const today = hoursOf(date, timeZone);
  const before = Array.from({ length: weeks }, (_, w) =>
    hoursOf(minusDays(date, 7 * (w + 1)), timeZone),
  );
  const utcDays = [...new Set([today, ...before].flat().map((hour) => hour.day))];
  const figures = await spaceLeadFigures(ctx, spaceId, utcDays);
  if (!figures.ok) return figures;
  const byDay = new Map<string, LeadDayFigures>(figures.value.days.map((day) => [day.day, day]));
  const arrivalsByLocalHour = (hours: ReturnType<typeof hoursOf>) => {
    const counts = Array.from({ length: 24 }, () => 0);
    for (const { day, utcHour, localHour } of hours) {
      counts[localHour]! += byDay.get(day)?.hours[utcHour] ?? 0;
    }
    return counts;
  };
  const arrivals = arrivalsByLocalHour(today);
  const previous = before.map(arrivalsByLocalHour);
  const hours = arrivals.map((count, hour) => ({
    hour,
    arrivals: count,
    average:
      Math.round((previous.reduce((total, week) => total + week[hour]!, 0) / weeks) * 10) / 10,
  }));
  return ok({
    spaceId,
    date,
    timeZone,
    weeks,
    arrivals: arrivals.reduce((total, count) => total + count, 0),
    hours,
  });
}
