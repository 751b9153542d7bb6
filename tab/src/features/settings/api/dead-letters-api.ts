import * as contracts from '@channel-crm/domain/contracts';
import { call } from '../../../shell/api-client';

export type { DeadLetter } from '@channel-crm/domain/contracts';

export const deadLettersKey = ['admin', 'dead-letters'] as const;

export const listDeadLetters = (signal?: AbortSignal) =>
  call(contracts.listDeadLetters, { signal });

export const replayDeadLetter = (key: string) =>
  call(contracts.replayDeadLetter, { params: { key } });

export const discardDeadLetter = (key: string) =>
  call(contracts.discardDeadLetter, { params: { key } });
