import { useQueries } from '@tanstack/react-query';
import {
  browserTimeZone,
  fetchLeadIntraday,
  fetchLeadStats,
  fetchSplitControl,
  leadStatsKey,
  type DateRange,
} from '../api/lead-stats-api';

/**
 * The space's lead statistics for a period of local dates in the browser's time zone, today's
 * intraday figures and split control.
 */
export function useLeadStats(spaceId: string, range: DateRange) {
  const timeZone = browserTimeZone();
  const [stats, intraday, split] = useQueries({
    queries: [
      {
        queryKey: leadStatsKey(spaceId, range, timeZone),
        queryFn: ({ signal }: { signal: AbortSignal }) =>
          fetchLeadStats(spaceId, range, timeZone, signal),
      },
      {
        queryKey: ['lead-intraday', spaceId],
        queryFn: ({ signal }: { signal: AbortSignal }) => fetchLeadIntraday(spaceId, signal),
      },
      {
        queryKey: ['split-control', spaceId],
        queryFn: ({ signal }: { signal: AbortSignal }) => fetchSplitControl(spaceId, signal),
      },
    ],
  });
  const all = [stats, intraday, split];
  return {
    isPending: all.some((q) => q.isPending),
    error: all.find((q) => q.error)?.error ?? null,
    retry: () => void Promise.all(all.map((q) => q.refetch())),
    stats: stats.data,
    intraday: intraday.data,
    split: split.data,
  };
}
