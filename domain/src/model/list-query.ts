import { z } from 'zod';
import { Id, Tag, UserId } from './common';

/** The filters every record list takes (lists add their own beside them). */
export const LIST_FILTERS = {
  /**
   * One space (a channel tab): its records (accounts and contacts: also the global ones);
   * without it, every one the user may see.
   */
  spaceId: Id.optional(),
  ownerId: UserId.optional(),
  tag: Tag.optional(),
  text: z.string().trim().max(200).optional(),
};

/** Sorting on one of `fields`, then the page: every list ends with these. */
export const listSortAndPage = <F extends string>(fields: readonly [F, ...F[]]) => ({
  sort: z.enum(fields).optional(),
  direction: z.enum(['asc', 'desc']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  continuation: z.string().max(2000).optional(),
});
