import type {
  CreateOpportunityInput,
  Opportunity,
  OpportunityStatus,
  UpdateOpportunityInput,
} from '@channel-crm/domain';
import * as contracts from '@channel-crm/domain/contracts';
import { call } from '../../../shell/api-client';

export const pipelinesKey = (spaceId: string) => ['pipelines', spaceId] as const;
export const boardKey = (pipelineId: string) => ['board', pipelineId] as const;

export const listPipelines = async (spaceId: string, signal?: AbortSignal) =>
  (await call(contracts.listPipelines, { params: { id: spaceId }, signal })).items;

export const BOARD_PAGE = 50;

export const getBoard = (pipelineId: string, signal?: AbortSignal) =>
  call(contracts.getBoard, { params: { id: pipelineId }, query: { limit: BOARD_PAGE }, signal });

export const listStage = (
  pipelineId: string,
  stageId: string,
  continuation: string,
  signal?: AbortSignal,
) =>
  call(contracts.listOpportunities, {
    query: { pipelineId, stageId, continuation, limit: 100 },
    signal,
  });

export type OpportunityListParams = {
  spaceId: string;
  text: string;
  ownerId?: string;
  status?: OpportunityStatus;
};

export const listOpportunities = (
  p: OpportunityListParams,
  continuation?: string,
  signal?: AbortSignal,
) =>
  call(contracts.listOpportunities, {
    query: {
      spaceId: p.spaceId,
      text: p.text || undefined,
      ownerId: p.ownerId,
      status: p.status,
      continuation,
      limit: 100,
    },
    signal,
  });

export const getOpportunity = (id: string, signal?: AbortSignal) =>
  call(contracts.getOpportunity, { params: { id }, signal });

export const createOpportunity = (input: CreateOpportunityInput, idempotencyKey: string) =>
  call(contracts.createOpportunity, { body: input, idempotencyKey });

export const updateOpportunity = (id: string, input: UpdateOpportunityInput, version: number) =>
  call(contracts.updateOpportunity, { params: { id }, body: input, version });

export const moveStage = (opportunity: Opportunity, stageId: string) =>
  call(contracts.moveOpportunityStage, {
    params: { id: opportunity.id },
    body: { stageId },
    version: opportunity.version,
  });

const CLOSE = { won: contracts.markOpportunityWon, lost: contracts.markOpportunityLost };

export const closeOpportunity = (
  opportunity: Opportunity,
  outcome: 'won' | 'lost',
  reason: string,
  stageId?: string,
) =>
  call(CLOSE[outcome], {
    params: { id: opportunity.id },
    body: { reason, ...(stageId ? { stageId } : {}) },
    version: opportunity.version,
  });

export const unlockOpportunity = (opportunity: Opportunity) =>
  call(contracts.unlockOpportunity, {
    params: { id: opportunity.id },
    version: opportunity.version,
  });

export const linkAccount = (opportunity: Opportunity, accountId: string) =>
  call(contracts.linkOpportunityAccount, {
    params: { id: opportunity.id },
    body: { accountId },
    version: opportunity.version,
  });

export const unlinkAccount = (opportunity: Opportunity, accountId: string) =>
  call(contracts.unlinkOpportunityAccount, {
    params: { id: opportunity.id, accountId },
    version: opportunity.version,
  });

export const setPrimaryAccount = (opportunity: Opportunity, accountId: string) =>
  call(contracts.setOpportunityPrimaryAccount, {
    params: { id: opportunity.id },
    body: { accountId },
    version: opportunity.version,
  });

export const accountNamesKey = (ids: readonly string[]) => ['accounts', 'names', ...ids] as const;

/** The names of linked accounts; one the viewer may not see is named by nothing. */
export const accountNames = async (ids: readonly string[], signal?: AbortSignal) =>
  Object.fromEntries(
    await Promise.all(
      ids.map(async (id) => {
        const account = await call(contracts.getAccount, { params: { id }, signal }).catch(
          () => undefined,
        );
        return [id, account?.name] as const;
      }),
    ),
  );

export const copyOpportunity = (id: string, name: string, idempotencyKey: string) =>
  call(contracts.copyOpportunity, { params: { id }, body: { name }, idempotencyKey });

export const moveToSpace = (opportunity: Opportunity, spaceId: string) =>
  call(contracts.moveOpportunityToSpace, {
    params: { id: opportunity.id },
    body: { spaceId },
    version: opportunity.version,
  });

export const deleteOpportunity = (opportunity: Opportunity) =>
  call(contracts.deleteOpportunity, {
    params: { id: opportunity.id },
    version: opportunity.version,
  });
