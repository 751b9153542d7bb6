import type { GetLeadIntradayInput, LeadIntraday } from '../model/lead-stats';
import { utcHoursOfLocalDate as hoursOf } from '../rules/local-hours';
import { localDateOf } from '../rules/task-schedule';
import { ok, type Result } from '../result';
import type { LeadDayFigures } from '../store/lead-counters';
import type { UseCaseContext } from './context';
import { spaceLeadFigures } from './space-lead-figures';

const DAY_MS = 86_400_000;

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
  const date = input.date ?? localDateOf(ctx.clock.now(), timeZone);
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
