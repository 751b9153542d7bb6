import type { DomainEventType } from '../events';
import type { RecordType } from '../model/timeline';
import { domainEvent, nextVersion } from '../rules/changes';
import type { FieldChange } from '../model/timeline';
import type { Result } from '../result';
import type { CommitOptions, CrmRecord, CrmStore, RecordRepository } from '../store/ports';
import type { UseCaseContext } from './context';

export type EventSpec = {
  type: DomainEventType;
  changes?: FieldChange[];
  data?: Record<string, unknown>;
};

export const repositoryFor = (store: CrmStore, type: RecordType): RecordRepository<CrmRecord> =>
  ({
    lead: store.leads,
    opportunity: store.opportunities,
    account: store.accounts,
    contact: store.contacts,
  })[type];

/**
 * Writes a changed record as its next version with the events it caused, guarded by the
 * version the user saw; with `duplicateKeys`, its key documents change in the same batch, and
 * with `plannedTasks`, template runs' tasks are created in it.
 */
export function commitRecord<T extends CrmRecord>(
  ctx: UseCaseContext,
  changed: T,
  expectedVersion: number,
  events: EventSpec[],
  options: Pick<CommitOptions, 'plannedTasks' | 'duplicateKeys'> = {},
): Promise<Result<T>> {
  const next = nextVersion(ctx, changed);
  // The repository of `changed.type` stores exactly T; the map above cannot say so to TypeScript.
  const repository = repositoryFor(ctx.store, changed.type) as unknown as RecordRepository<T>;
  return repository.commit(
    next,
    events.map((e) => domainEvent(ctx, next, e.type, e)),
    { ...options, expectedVersion, commitId: ctx.commitId },
  );
}
