import type { AssignmentRulesInput, SalesTeamsInput } from '@channel-crm/domain';
import * as contracts from '@channel-crm/domain/contracts';
import { call } from '../../../shell/api-client';

export const salesTeamsKey = (spaceId: string) => ['sales-teams', spaceId] as const;
export const assignmentRulesKey = (spaceId: string) => ['assignment-rules', spaceId] as const;

export const loadSalesTeams = (spaceId: string, signal?: AbortSignal) =>
  call(contracts.getSalesTeams, { params: { id: spaceId }, signal });

export const saveSalesTeams = (spaceId: string, input: SalesTeamsInput, version: number) =>
  call(contracts.setSalesTeams, { params: { id: spaceId }, body: input, version });

export const loadAssignmentRules = (spaceId: string, signal?: AbortSignal) =>
  call(contracts.getAssignmentRules, { params: { id: spaceId }, signal });

export const saveAssignmentRules = (
  spaceId: string,
  input: AssignmentRulesInput,
  version: number,
) => call(contracts.setAssignmentRules, { params: { id: spaceId }, body: input, version });

export const dryRunAssignmentRules = (spaceId: string, input: AssignmentRulesInput) =>
  call(contracts.dryRunAssignmentRules, { params: { id: spaceId }, body: input });
