import type { SplitterFiltersInput } from '@channel-crm/domain';
import type { z } from 'zod';
import * as contracts from '@channel-crm/domain/contracts';
import { call } from '../../../shell/api-client';
import { isApiError } from '../../../shell/api-error';

export const splitterFiltersKey = (spaceId: string) =>
  ['spaces', spaceId, 'splitter-filters'] as const;
export const splitterRunKey = (spaceId: string, filterId: string) =>
  ['spaces', spaceId, 'splitter-filters', filterId, 'run'] as const;

export const getSplitterFilters = (spaceId: string, signal?: AbortSignal) =>
  call(contracts.getSplitterFilters, { params: { id: spaceId }, signal });

export const setSplitterFilters = (
  spaceId: string,
  body: z.input<typeof SplitterFiltersInput>,
  version: number,
) => call(contracts.setSplitterFilters, { params: { id: spaceId }, body, version });

export const executeSplitterFilter = (spaceId: string, filterId: string, continuation?: string) =>
  call(contracts.executeSplitterFilter, {
    params: { id: spaceId, filterId },
    body: continuation === undefined ? {} : { continuation },
  });

/** The filter's last execution; null when it was never executed. */
export async function getSplitterRun(spaceId: string, filterId: string, signal?: AbortSignal) {
  try {
    return await call(contracts.getSplitterRun, { params: { id: spaceId, filterId }, signal });
  } catch (error) {
    if (isApiError(error) && error.kind === 'not_found') return null;
    throw error;
  }
}
