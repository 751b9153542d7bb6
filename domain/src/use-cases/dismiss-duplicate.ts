import type { DismissDuplicateInput } from '../model/duplicate-pair';
import { nextVersion } from '../rules/changes';
import { canEdit, guardEdit } from '../rules/permissions';
import type { KeyedRecord } from '../rules/record-duplicate-keys';
import { notFound, ok, stale, type Result } from '../result';
import type { BatchWrite } from '../store/ports';
import { repositoryFor } from './commit-record';
import type { UseCaseContext } from './context';
import { rememberDismissedPair } from './dismissed-duplicate-pairs';

const flags = (record: KeyedRecord, id: string) =>
  record.possibleDuplicate?.ids.includes(id) ?? false;

/** The record without `id` among its possible duplicates; no flag left when nothing is. */
function withoutMatch<T extends KeyedRecord>(record: T, id: string): T {
  const { possibleDuplicate, ...rest } = record;
  const ids = possibleDuplicate?.ids.filter((other) => other !== id) ?? [];
  const hidden = possibleDuplicate?.hidden ?? 0;
  return (
    ids.length > 0 || hidden > 0 ? { ...rest, possibleDuplicate: { ids, hidden } } : rest
  ) as T;
}

/**
 * "Not a duplicate": the record stops flagging the match, guarded by the version the user saw,
 * and the match stops flagging the record when it did and the actor may change it, in the same
 * batch, so the pair leaves the duplicates view whichever side listed it; the pair is then
 * remembered, so a later edit of either does not flag it again. A pair already dismissed
 * answers the record and writes nothing.
 */
export async function dismissDuplicate(
  ctx: UseCaseContext,
  input: DismissDuplicateInput,
  expectedVersion: number,
): Promise<Result<KeyedRecord>> {
  const { tenantId } = ctx.actor;
  const both = (await repositoryFor(ctx.store, input.type).getMany(tenantId, [
    input.id,
    input.matchId,
  ])) as KeyedRecord[];
  const record = both.find((r) => r.id === input.id);
  if (!record) return notFound(input.type, input.id);
  const denied = guardEdit(ctx.actor, record);
  if (denied) return denied;
  if (!flags(record, input.matchId)) return ok(record);
  if (expectedVersion !== record.version) return stale(record.version);
  const writes: BatchWrite[] = [
    {
      doc: nextVersion(ctx, withoutMatch(record, input.matchId)),
      events: [],
      expectedVersion: record.version,
    },
  ];
  const match = both.find((r) => r.id === input.matchId);
  if (match && flags(match, record.id) && canEdit(ctx.actor, match)) {
    writes.push({
      doc: nextVersion(ctx, withoutMatch(match, record.id)),
      events: [],
      expectedVersion: match.version,
    });
  }
  const written = await ctx.store.commitBatch(tenantId, writes, ctx.commitId);
  if (!written.ok) return written;
  await rememberDismissedPair(ctx, input.type, record.id, input.matchId);
  return ok(written.value[0] as KeyedRecord);
}
