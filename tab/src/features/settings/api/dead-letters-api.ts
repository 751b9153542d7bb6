import { api } from '../../../shell/api-client';

/** A card delivery that kept failing; `delivery` is whatever was on the queue, maybe garbage. */
export type DeadLetter = { key: string; reason: string; at: string; delivery: unknown };

export const deadLettersKey = ['admin', 'dead-letters'] as const;

export const listDeadLetters = (signal?: AbortSignal) =>
  api.get<{ items: DeadLetter[] }>('/admin/dead-letters', signal);

export const replayDeadLetter = (key: string) =>
  api.post<{ key: string }>(`/admin/dead-letters/${encodeURIComponent(key)}/replay`);

export const discardDeadLetter = (key: string) =>
  api.del<void>(`/admin/dead-letters/${encodeURIComponent(key)}`);
