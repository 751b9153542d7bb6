import type { DuplicateCheckInput, KeyedRecordType } from '@channel-crm/domain';
import * as contracts from '@channel-crm/domain/contracts';
import { call } from '../../../shell/api-client';

export const duplicateCheckKey = (draft: DuplicateCheckInput | null) => [
  'duplicates',
  'check',
  draft,
];

export const checkDuplicates = (draft: DuplicateCheckInput, signal?: AbortSignal) =>
  call(contracts.checkDuplicates, { body: draft, signal });

export type DuplicateListParams = { type: KeyedRecordType; spaceId?: string };

export const duplicatePairsKey = (p: DuplicateListParams) => ['duplicates', 'pairs', p] as const;

export const listDuplicatePairs = (
  p: DuplicateListParams,
  continuation?: string,
  signal?: AbortSignal,
) => call(contracts.listDuplicates, { query: { ...p, limit: 20, continuation }, signal });

export type DismissParams = { type: KeyedRecordType; id: string; matchId: string; version: number };

export const dismissDuplicate = ({ version, ...body }: DismissParams) =>
  call(contracts.dismissDuplicate, { body, version });
