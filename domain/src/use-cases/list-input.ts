import { z } from 'zod';
import type { Actor } from '../actor';
import { Id, Tag, UserId } from '../model/common';
import type { RecordType } from '../model/timeline';
import { visibilityScope } from '../rules/permissions';
import type { ListQuery, PageRequest, Sort } from '../store/ports';

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
export const listSortAndPage = <F extends Sort['field']>(fields: readonly [F, ...F[]]) => ({
  sort: z.enum(fields).optional(),
  direction: z.enum(['asc', 'desc']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  continuation: z.string().max(2000).optional(),
});

type CommonListInput = {
  spaceId?: string;
  ownerId?: string;
  tag?: string;
  text?: string;
  sort?: Sort['field'];
  direction?: Sort['direction'];
  limit: number;
  continuation?: string;
};

/** The store query for the common filters, scoped to what the actor may see. */
export const commonListQuery = (
  actor: Actor,
  recordType: RecordType,
  input: CommonListInput,
): ListQuery => ({
  scope: visibilityScope(actor, recordType, input.spaceId ? [input.spaceId] : undefined),
  ownerId: input.ownerId,
  tag: input.tag,
  text: input.text,
  sort: input.sort ? { field: input.sort, direction: input.direction ?? 'asc' } : undefined,
});

export const pageRequestOf = (input: CommonListInput): PageRequest => ({
  limit: input.limit,
  continuation: input.continuation,
});
