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

/** The local dates of the last `period` days, today included. */
export function periodDates(period: Period, now: number, timeZone: string) {
  const to = localDate(now, timeZone);
  const from = new Date(Date.parse(to) - (period - 1) * DAY_MS).toISOString().slice(0, 10);
  return { from, to };
}

export const leadStatsKey = (spaceId: string, period: Period) =>
  ['lead-stats', spaceId, period] as const;

export const fetchLeadStats = (spaceId: string, period: Period, signal: AbortSignal) => {
  const timeZone = browserTimeZone();
  return call(getLeadStats, {
    params: { spaceId },
    query: { ...periodDates(period, Date.now(), timeZone), timeZone },
    signal,
  });
};

export const fetchLeadIntraday = (spaceId: string, signal: AbortSignal) =>
  call(getLeadIntraday, { params: { spaceId }, query: { timeZone: browserTimeZone() }, signal });

export const fetchSplitControl = (spaceId: string, signal: AbortSignal) =>
  call(getSplitControl, { params: { spaceId }, signal });
