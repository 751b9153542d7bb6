import type { DomainEvent, DomainEventType } from '../events';
import type { KeyedRecordType } from '../model/duplicates';
import type { Space } from '../model/space';
import { domainEvent, nextVersion } from '../rules/changes';
import { withBlanksFilled } from '../rules/fill-blanks';
import {
  duplicateSettingsOf,
  holderOf,
  recordDuplicateKeys,
  type KeyedRecord,
} from '../rules/record-duplicate-keys';
import { fail, ok, type Result } from '../result';
import type { RecordRepository } from '../store/ports';
import { repositoryFor } from './commit-record';
import type { UseCaseContext } from './context';
import {
  findDuplicates,
  hasDuplicates,
  possibleDuplicateOf,
  tellHiddenOwners,
  type Duplicates,
} from './find-duplicates';

const CREATED = {
  lead: 'lead.created',
  contact: 'contact.created',
  account: 'account.created',
} as const satisfies Record<KeyedRecordType, DomainEventType>;

export const UPDATED = {
  lead: 'lead.updated',
  contact: 'contact.updated',
  account: 'account.updated',
} as const satisfies Record<KeyedRecordType, DomainEventType>;

/** The repository of a record's type, typed as storing exactly that record. */
const repositoryOf = <T extends KeyedRecord>(ctx: UseCaseContext, record: T) =>
  repositoryFor(ctx.store, record.type) as unknown as RecordRepository<T>;

/** 409 `duplicate` (the reject policy), naming the match only when the caller may see it. */
export function refuseDuplicate(found: Duplicates) {
  const shown = found.visible[0];
  return fail({
    kind: 'duplicate',
    message: shown
      ? `A ${shown.type} like this one already exists: ${shown.id}`
      : 'A record like this one already exists, and the space refuses duplicates',
    code: 'duplicate',
    params: shown ? { entity: shown.type, id: shown.id } : {},
    ...(shown ? { existingId: shown.id } : {}),
  });
}

/**
 * The merge policy: the newcomer's fields fill the existing record's blanks, and its arrival is
 * an event on the existing record's timeline. Answers the existing record.
 */
async function mergeInto<T extends KeyedRecord>(
  ctx: UseCaseContext,
  existing: T,
  incoming: T,
  defaultCountry: string | undefined,
): Promise<Result<T>> {
  const { filled, changes } = withBlanksFilled(existing, incoming);
  const next = nextVersion(ctx, filled);
  const source = incoming.type === 'lead' ? { source: incoming.source } : {};
  const event = domainEvent(ctx, next, UPDATED[next.type], {
    changes,
    data: { mergedIncoming: true, ...source },
  });
  const merged = await repositoryOf(ctx, next).commit(next, [event], {
    expectedVersion: existing.version,
    commitId: ctx.commitId,
    duplicateKeys: { holder: holderOf(next), keys: recordDuplicateKeys(next, defaultCountry) },
  });
  return merged.ok ? ok(merged.value) : merged;
}

/**
 * The space whose duplicate policy a contact or account follows: the first it is attached to.
 * A global one, in no space, is flagged.
 */
export async function policySpaceOf(
  ctx: UseCaseContext,
  spaceIds: readonly string[],
): Promise<Space | undefined> {
  const first = spaceIds[0];
  return first === undefined ? undefined : ctx.store.spaces.get(ctx.actor.tenantId, first);
}

/**
 * What happens to a record that is going to be created (neither merged nor refused) before it
 * is written: an arriving lead is routed, changing its owner and adding the routing's events.
 */
export type BeforeCreate<T> = (record: T) => Promise<{ record: T; events: DomainEvent[] }>;

/**
 * Creates a lead, contact or account under its space's duplicate policy: flagged (the
 * default), merged into the existing record the creator may see, or refused. A match the
 * creator may not see is never named to them; its owner is told instead.
 */
export async function createUnderPolicy<T extends KeyedRecord>(
  ctx: UseCaseContext,
  record: T,
  space: Space | undefined,
  beforeCreate?: BeforeCreate<T>,
): Promise<Result<T>> {
  const { defaultCountry, policy } = duplicateSettingsOf(space);
  const keys = recordDuplicateKeys(record, defaultCountry);
  const found = await findDuplicates(ctx, record.type, keys);
  if (hasDuplicates(found) && policy === 'reject') return refuseDuplicate(found);
  const existing = found.visible[0] as T | undefined;
  if (existing && policy === 'merge') return mergeInto(ctx, existing, record, defaultCountry);

  const possibleDuplicate = possibleDuplicateOf(found);
  const prepared = beforeCreate ? await beforeCreate(record) : { record, events: [] };
  const flagged: T = possibleDuplicate
    ? { ...prepared.record, possibleDuplicate }
    : prepared.record;
  const created = await repositoryOf(ctx, flagged).commit(
    flagged,
    [domainEvent(ctx, flagged, CREATED[flagged.type]), ...prepared.events],
    {
      expectedVersion: 0,
      commitId: ctx.commitId,
      duplicateKeys: { holder: holderOf(flagged), keys },
    },
  );
  if (created.ok) await tellHiddenOwners(ctx, found, created.value);
  return created;
}
