import { useQueries } from '@tanstack/react-query';
import {
  fetchLeadIntraday,
  fetchLeadStats,
  fetchSplitControl,
  leadStatsKey,
  type Period,
} from '../api/lead-stats-api';

/** The space's lead statistics for a period, today's intraday figures and split control. */
export function useLeadStats(spaceId: string, period: Period) {
  const [stats, intraday, split] = useQueries({
    queries: [
      {
        queryKey: leadStatsKey(spaceId, period),
        queryFn: ({ signal }: { signal: AbortSignal }) => fetchLeadStats(spaceId, period, signal),
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
