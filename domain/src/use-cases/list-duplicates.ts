import {
  MATCHES_PER_FLAGGED_RECORD,
  type DuplicatePair,
  type ListDuplicatesInput,
} from '../model/duplicate-pair';
import { canView, visibilityScope } from '../rules/permissions';
import type { KeyedRecord } from '../rules/record-duplicate-keys';
import { ok, type Result } from '../result';
import type { Page } from '../store/ports';
import { repositoryFor } from './commit-record';
import type { UseCaseContext } from './context';

/** A record that can still stand in a pair: not a tombstone, not erased, not archived. */
export const isLiveRecord = (record: KeyedRecord) =>
  record.anonymizedAt === undefined &&
  !(record.type === 'lead' && (record.mergedInto !== undefined || record.archived));

const namedMatches = (record: KeyedRecord) =>
  (record.possibleDuplicate?.ids ?? []).slice(0, MATCHES_PER_FLAGGED_RECORD);

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * A page of flagged records the actor may see, each beside every match it names that is still
 * live and that the actor may see; a match they may not see is never named, and a record whose
 * matches are all gone makes no pair. Two records flagging each other make one pair.
 */
export async function listDuplicates(
  ctx: UseCaseContext,
  input: ListDuplicatesInput,
): Promise<Result<Page<DuplicatePair>>> {
  const { tenantId } = ctx.actor;
  const repository = repositoryFor(ctx.store, input.type);
  const page = await repository.list(
    tenantId,
    {
      scope: visibilityScope(ctx.actor, input.type, input.spaceId ? [input.spaceId] : undefined),
      archived: false,
      flagged: true,
    },
    { limit: input.limit, continuation: input.continuation },
  );
  const flagged = page.items as KeyedRecord[];
  const matchIds = flagged.flatMap(namedMatches);
  const matches = (await repository.getMany(tenantId, matchIds)) as KeyedRecord[];
  const shown = new Map(
    matches
      .filter((match) => isLiveRecord(match) && canView(ctx.actor, match))
      .map((match) => [match.id, match]),
  );
  const paired = new Set<string>();
  const items: DuplicatePair[] = [];
  for (const record of flagged) {
    for (const id of namedMatches(record)) {
      const match = shown.get(id);
      const key = pairKey(record.id, id);
      if (!match || paired.has(key)) continue;
      paired.add(key);
      items.push({ record, match });
    }
  }
  return ok({ items, continuation: page.continuation });
}
