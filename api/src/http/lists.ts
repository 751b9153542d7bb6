import { ok, type Result } from '@channel-crm/domain/server';
import { z } from 'zod';

/** Every list answers `{ items, continuation? }`, also those the domain returns as arrays. */
export const asItems = <T>(result: Result<T[]>): Result<{ items: T[] }> =>
  result.ok ? ok({ items: result.value }) : result;

export const itemsOf = (item: z.ZodType) => z.object({ items: z.array(item) });

export const pageOf = (item: z.ZodType) =>
  z.object({ items: z.array(item), continuation: z.string().optional() });
