import type { AssignUserInput, Pipeline, PipelineInput, User } from '@channel-crm/domain';
import * as contracts from '@channel-crm/domain/contracts';
import { call } from '../../../shell/api-client';

export const savePipeline = (pipeline: Pipeline, input: PipelineInput) =>
  call(contracts.updatePipeline, {
    params: { id: pipeline.id },
    body: input,
    version: pipeline.version,
  });

export const assignUser = (user: User, input: AssignUserInput) =>
  call(contracts.assignUser, { params: { userId: user.id }, body: input, version: user.version });

export const createPipeline = (spaceId: string, input: PipelineInput, idempotencyKey: string) =>
  call(contracts.createPipeline, { params: { id: spaceId }, body: input, idempotencyKey });
