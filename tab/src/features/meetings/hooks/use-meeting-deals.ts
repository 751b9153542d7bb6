import type { OpportunityListItem } from '@channel-crm/domain';
import { useQuery } from '@tanstack/react-query';
import { listPipelines, pipelinesKey } from '../../opportunities/api/opportunities-api';
import { fetchMeetingDeals, meetingDealsKey } from '../api/meetings-api';

/** The meeting's deals by account; none is asked for outside a meeting. */
export const useMeetingDeals = (chatId: string | undefined) =>
  useQuery({
    queryKey: meetingDealsKey(chatId ?? ''),
    queryFn: ({ signal }) => fetchMeetingDeals(chatId!, signal),
    enabled: chatId !== undefined,
  });

/** The stage a deal is in, from its space's pipelines (read once per space, shared). */
export function useDealStage(opportunity: OpportunityListItem) {
  const pipelines = useQuery({
    queryKey: pipelinesKey(opportunity.spaceId),
    queryFn: ({ signal }) => listPipelines(opportunity.spaceId, signal),
  });
  return pipelines.data
    ?.find((p) => p.id === opportunity.pipelineId)
    ?.stages.find((s) => s.id === opportunity.stageId);
}
