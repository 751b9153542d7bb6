import { LeadSource, LeadStatus } from '../model/lead';
import { MAX_STATS_DAYS, type GetLeadStatsInput, type LeadStats } from '../model/lead-stats';
import { invalid, ok, type Result } from '../result';
import { firstTouchBucketRange, FREE_POOL_KEY } from '../store/lead-counter-delta';
import type { LeadDayFigures } from '../store/lead-counters';
import { utcHoursBetween } from '../rules/local-hours';
import { localDateOf } from '../rules/task-schedule';
import type { UseCaseContext } from './context';
import { spaceLeadFigures } from './space-lead-figures';

const DAY_MS = 86_400_000;

/** The dates from `from` to `to`, both included. */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let at = Date.parse(from); at <= Date.parse(to); at += DAY_MS) {
    dates.push(new Date(at).toISOString().slice(0, 10));
  }
  return dates;
}

const sum = (figures: Record<string, number>) =>
  Object.values(figures).reduce((total, value) => total + value, 0);

type Figures = Record<string, number>;

/** The day counters' maps a period adds up: all but `hours`, which keys them. */
const PERIOD_MAPS = [
  'sourceAll',
  'sourceQualified',
  'ownerAll',
  'ownerQualified',
  'statusSource',
  'firstTouch',
] as const;

/** A period's figures: each day's maps with only the hours inside it, the hour dropped. */
type PeriodFigures = Pick<LeadDayFigures, (typeof PERIOD_MAPS)[number]>;

/** Adds up the day counters' hours the period covers (`hours`: UTC date → UTC hours). */
function periodFiguresOf(
  days: LeadDayFigures[],
  hours: ReadonlyMap<string, ReadonlySet<string>>,
): PeriodFigures {
  const period: PeriodFigures = {
    sourceAll: {},
    sourceQualified: {},
    ownerAll: {},
    ownerQualified: {},
    statusSource: {},
    firstTouch: {},
  };
  for (const day of days) {
    const inside = hours.get(day.day);
    if (!inside) continue;
    for (const map of PERIOD_MAPS) {
      const into: Figures = period[map];
      for (const [hourKey, count] of Object.entries(day[map])) {
        const dot = hourKey.indexOf('.');
        if (!inside.has(hourKey.slice(0, dot))) continue;
        const key = hourKey.slice(dot + 1);
        into[key] = (into[key] ?? 0) + count;
      }
    }
  }
  return period;
}

function conversionsOf(figures: PeriodFigures): LeadStats['conversions'] {
  const sources = new Map<string, { total: number; qualified: number }>();
  const sellers = new Map<string, { total: number; qualified: number }>();
  const addTo = (
    rows: Map<string, { total: number; qualified: number }>,
    all: Record<string, number>,
    qualified: Record<string, number>,
  ) => {
    for (const key of new Set([...Object.keys(all), ...Object.keys(qualified)])) {
      const row = rows.get(key) ?? { total: 0, qualified: 0 };
      row.total += all[key] ?? 0;
      row.qualified += qualified[key] ?? 0;
      rows.set(key, row);
    }
  };
  addTo(sources, figures.sourceAll, figures.sourceQualified);
  addTo(sellers, figures.ownerAll, figures.ownerQualified);
  const counted = (row: { total: number }) => row.total > 0;
  const bySource = LeadSource.options.flatMap((source) => {
    const row = sources.get(source);
    return row && counted(row) ? [{ source, ...row }] : [];
  });
  const bySeller = [...sellers.entries()]
    .filter(([, row]) => counted(row))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([owner, row]) => (owner === FREE_POOL_KEY ? row : { ownerId: owner, ...row }));
  return {
    all: {
      total: bySource.reduce((total, row) => total + row.total, 0),
      qualified: bySource.reduce((total, row) => total + row.qualified, 0),
    },
    bySource,
    bySeller,
  };
}

/** The middle of the bucket holding the lower median of the first-touch histogram. */
function medianFirstTouch(histogram: Record<string, number>) {
  const buckets = Object.entries(histogram)
    .map(([bucket, count]) => ({ bucket: Number(bucket), count }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => a.bucket - b.bucket);
  const touched = buckets.reduce((total, entry) => total + entry.count, 0);
  let before = 0;
  for (const { bucket, count } of buckets) {
    before += count;
    if (before * 2 >= touched) {
      const { fromMinutes, toMinutes } = firstTouchBucketRange(bucket);
      const middle = Math.sqrt((1 + fromMinutes) * (1 + toMinutes)) - 1;
      const round = (minutes: number) => Math.round(minutes * 10) / 10;
      return {
        minutes: round(middle),
        fromMinutes: round(fromMinutes),
        toMinutes: round(toMinutes),
      };
    }
  }
  return undefined;
}

function statisticsOf(stats: PeriodFigures): LeadStats['statistics'] {
  const byStatusAndSource = LeadStatus.options.flatMap((status) =>
    LeadSource.options.flatMap((source) => {
      const count = stats.statusSource[`${status}.${source}`] ?? 0;
      return count > 0 ? [{ status, source, count }] : [];
    }),
  );
  const median = medianFirstTouch(stats.firstTouch);
  return {
    total: sum(stats.statusSource),
    byStatusAndSource,
    touched: sum(stats.firstTouch),
    ...(median ? { medianFirstTouch: median } : {}),
  };
}

/**
 * A space's conversions and statistics for the leads that arrived in a period of local dates in
 * the viewer's time zone (all of them: conversions, leads by status and source as they are now,
 * touched leads and the median time to first touch), from the counters the lead writes keep:
 * one bulk of point reads, never a scan of leads.
 */
export async function getLeadStats(
  ctx: UseCaseContext,
  spaceId: string,
  input: GetLeadStatsInput,
): Promise<Result<LeadStats>> {
  const { timeZone } = input;
  const to = input.to ?? localDateOf(ctx.clock.now(), timeZone);
  const from = input.from ?? new Date(Date.parse(to) - 29 * DAY_MS).toISOString().slice(0, 10);
  if (from > to) {
    return invalid([
      { path: 'from', message: 'from is after to', code: 'field.invalid', params: {} },
    ]);
  }
  if (datesBetween(from, to).length > MAX_STATS_DAYS) {
    return invalid([
      {
        path: 'from',
        message: `A period is at most ${MAX_STATS_DAYS} days`,
        code: 'field.too_big',
        params: { maximum: MAX_STATS_DAYS },
      },
    ]);
  }
  const hours = utcHoursBetween(from, to, timeZone);
  const figures = await spaceLeadFigures(ctx, spaceId, [...hours.keys()]);
  if (!figures.ok) return figures;
  const period = periodFiguresOf(figures.value.days, hours);
  return ok({
    spaceId,
    from,
    to,
    timeZone,
    conversions: conversionsOf(period),
    statistics: statisticsOf(period),
  });
}
