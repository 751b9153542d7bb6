import type { Actor } from '../actor';
import type { RecordType } from '../model/timeline';
import { visibilityScope } from '../rules/permissions';
import type { ListQuery, PageRequest, Sort } from '../store/ports';

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
