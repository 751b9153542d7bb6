import { useQueries, useQuery } from '@tanstack/react-query';
import type { Stage } from '@channel-crm/domain';
import { listPipelines, pipelinesKey } from '../../opportunities/api/opportunities-api';
import { fetchMeetingDeals, meetingDealsKey } from '../api/meetings-api';

/**
 * The meeting's deals, and the stages of the pipelines they are in (by stage id), read from
 * the spaces the deals belong to.
 */
export function useMeetingDeals(chatId: string | undefined) {
  const deals = useQuery({
    queryKey: meetingDealsKey(chatId ?? ''),
    queryFn: ({ signal }) => fetchMeetingDeals(chatId!, signal),
    enabled: chatId !== undefined,
  });
  const spaceIds = [
    ...new Set((deals.data?.accounts ?? []).flatMap((a) => a.opportunities.map((o) => o.spaceId))),
  ];
  const pipelines = useQueries({
    queries: spaceIds.map((spaceId) => ({
      queryKey: pipelinesKey(spaceId),
      queryFn: ({ signal }: { signal: AbortSignal }) => listPipelines(spaceId, signal),
    })),
  });
  const stages = new Map<string, Stage>(
    pipelines.flatMap((p) => p.data ?? []).flatMap((p) => p.stages.map((s) => [s.id, s])),
  );
  return { deals, stages };
}
