import { ok, type Result } from '@channel-crm/domain/server';

/** Every list answers `{ items, continuation? }`, also those the domain returns as arrays. */
export const asItems = <T>(result: Result<T[]>): Result<{ items: T[] }> =>
  result.ok ? ok({ items: result.value }) : result;
