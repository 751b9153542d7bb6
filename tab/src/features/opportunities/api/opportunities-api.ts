import type {
  Board,
  CreateOpportunityInput,
  DealListItem,
  Opportunity,
  Pipeline,
  UpdateOpportunityInput,
} from '@channel-crm/domain';
import { api, withQuery } from '../../../shell/api-client';
import { itemsOf, type Page } from '../../../shell/me';

export const pipelinesKey = (spaceId: string) => ['pipelines', spaceId] as const;
export const boardKey = (pipelineId: string) => ['board', pipelineId] as const;

export const listPipelines = async (spaceId: string, signal?: AbortSignal) =>
  itemsOf(await api.get<Pipeline[] | Page<Pipeline>>(`/spaces/${spaceId}/pipelines`, signal));

export const BOARD_PAGE = 50;

export const getBoard = (pipelineId: string, signal?: AbortSignal) =>
  api.get<Board>(withQuery(`/pipelines/${pipelineId}/board`, { limit: BOARD_PAGE }), signal);

export const listStage = (
  pipelineId: string,
  stageId: string,
  continuation: string,
  signal?: AbortSignal,
) =>
  api.get<Page<DealListItem>>(
    withQuery('/opportunities', { pipelineId, stageId, continuation, limit: 100 }),
    signal,
  );

export type OpportunityListParams = {
  spaceId: string;
  text: string;
  ownerId?: string;
  status?: string;
};

export const listOpportunities = (
  p: OpportunityListParams,
  continuation?: string,
  signal?: AbortSignal,
) =>
  api.get<Page<DealListItem>>(
    withQuery('/opportunities', {
      spaceId: p.spaceId,
      text: p.text || undefined,
      ownerId: p.ownerId,
      status: p.status,
      continuation,
      limit: 100,
    }),
    signal,
  );

export const getOpportunity = (id: string, signal?: AbortSignal) =>
  api.get<Opportunity>(`/opportunities/${id}`, signal);

export const createOpportunity = (input: CreateOpportunityInput, idempotencyKey: string) =>
  api.post<Opportunity>('/opportunities', { body: input, idempotencyKey });

export const updateOpportunity = (id: string, input: UpdateOpportunityInput, version: number) =>
  api.patch<Opportunity>(`/opportunities/${id}`, { body: input, version });

export const moveStage = (deal: Opportunity, stageId: string) =>
  api.patch<Opportunity>(`/opportunities/${deal.id}/stage`, {
    body: { stageId },
    version: deal.version,
  });

export const closeDeal = (
  deal: Opportunity,
  outcome: 'won' | 'lost',
  reason: string,
  stageId?: string,
) =>
  api.post<Opportunity>(`/opportunities/${deal.id}/${outcome}`, {
    body: { reason, ...(stageId ? { stageId } : {}) },
    version: deal.version,
  });

export const unlockDeal = (deal: Opportunity) =>
  api.post<Opportunity>(`/opportunities/${deal.id}/unlock`, { version: deal.version });
