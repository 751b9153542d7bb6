import type { DuplicateCheckInput } from '@channel-crm/domain';
import * as contracts from '@channel-crm/domain/contracts';
import { call } from '../../../shell/api-client';

export const duplicateCheckKey = (draft: DuplicateCheckInput | null) => [
  'duplicates',
  'check',
  draft,
];

export const checkDuplicates = (draft: DuplicateCheckInput, signal?: AbortSignal) =>
  call(contracts.checkDuplicates, { body: draft, signal });
