import type { RecordType } from '../model/timeline';
import { guardView } from '../rules/permissions';
import { notFound, ok, type Result } from '../result';
import type { CrmRecord } from '../store/ports';
import { repositoryFor } from './commit-record';
import type { UseCaseContext } from './context';
import { recordAt } from './merged-record';

/**
 * A lead, opportunity, account or contact the actor may see (hidden answers not found); a merged
 * record's tombstone answers the record it was merged into.
 */
export async function visibleRecord(
  ctx: UseCaseContext,
  type: RecordType,
  id: string,
): Promise<Result<CrmRecord>> {
  const record = await recordAt(repositoryFor(ctx.store, type), ctx.actor.tenantId, id);
  if (!record) return notFound(type, id);
  return guardView(ctx.actor, record) ?? ok(record);
}
