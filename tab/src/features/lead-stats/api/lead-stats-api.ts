import { getLeadIntraday, getLeadStats, getSplitControl } from '@channel-crm/domain/contracts';
import { call } from '../../../shell/api-client';

/** The periods the statistics page offers, in days ending today. */
export const PERIODS = [7, 30, 90] as const;
export type Period = (typeof PERIODS)[number];

const DAY_MS = 86_400_000;
const isoDate = (at: number) => new Date(at).toISOString().slice(0, 10);

/** The browser's time zone, in which "today" and the hours of the intraday view are meant. */
export const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export const leadStatsKey = (spaceId: string, period: Period) =>
  ['lead-stats', spaceId, period] as const;

export const fetchLeadStats = (spaceId: string, period: Period, signal: AbortSignal) => {
  const now = Date.now();
  return call(getLeadStats, {
    params: { spaceId },
    query: { from: isoDate(now - (period - 1) * DAY_MS), to: isoDate(now) },
    signal,
  });
};

export const fetchLeadIntraday = (spaceId: string, signal: AbortSignal) =>
  call(getLeadIntraday, { params: { spaceId }, query: { timeZone: browserTimeZone() }, signal });

export const fetchSplitControl = (spaceId: string, signal: AbortSignal) =>
  call(getSplitControl, { params: { spaceId }, signal });
