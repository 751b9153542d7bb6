import { getLeadIntraday, getLeadStats, getSplitControl } from '@channel-crm/domain/contracts';
import { call } from '../../../shell/api-client';

/** The periods the statistics page offers, in days ending today. */
export const PERIODS = [7, 30, 90] as const;
export type Period = (typeof PERIODS)[number];

const DAY_MS = 86_400_000;

/** The browser's time zone, in which "today", the period and the intraday hours are meant. */
export const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The local date (`2026-03-02`) at an instant in `timeZone`. */
const localDate = (at: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(at));

/** A period of local arrival dates, both included. */
export type DateRange = { from: string; to: string };

/** The local dates of the last `period` days, today included. */
export function periodDates(period: Period, now: number, timeZone: string): DateRange {
  const to = localDate(now, timeZone);
  const from = new Date(Date.parse(to) - (period - 1) * DAY_MS).toISOString().slice(0, 10);
  return { from, to };
}

export const leadStatsKey = (spaceId: string, range: DateRange, timeZone: string) =>
  ['lead-stats', spaceId, range.from, range.to, timeZone] as const;

export const fetchLeadStats = (
  spaceId: string,
  range: DateRange,
  timeZone: string,
  signal: AbortSignal,
) => call(getLeadStats, { params: { spaceId }, query: { ...range, timeZone }, signal });

export const fetchLeadIntraday = (spaceId: string, signal: AbortSignal) =>
  call(getLeadIntraday, { params: { spaceId }, query: { timeZone: browserTimeZone() }, signal });

export const fetchSplitControl = (spaceId: string, signal: AbortSignal) =>
  call(getSplitControl, { params: { spaceId }, signal });
