import type { AssignUserInput, Pipeline, PipelineInput, User } from '@channel-crm/domain';
import { api } from '../../../shell/api-client';

export const savePipeline = (pipeline: Pipeline, input: PipelineInput) =>
  api.put<Pipeline>(`/pipelines/${pipeline.id}`, { body: input, version: pipeline.version });

export const assignUser = (user: User, input: AssignUserInput) =>
  api.patch<User>(`/users/${encodeURIComponent(user.id)}`, { body: input, version: user.version });
