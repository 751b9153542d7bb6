import type { RecordType } from '../model/timeline';
import { guardView } from '../rules/permissions';
import { notFound, ok, type Result } from '../result';
import type { CrmRecord } from '../store/ports';
import { repositoryFor } from './commit-record';
import type { UseCaseContext } from './context';

/**
 * A lead, opportunity, account or contact the actor may see (hidden answers not found); a merged
 * lead's tombstone answers the lead it was merged into.
 */
export async function visibleRecord(
  ctx: UseCaseContext,
  type: RecordType,
  id: string,
): Promise<Result<CrmRecord>> {
  const repository = repositoryFor(ctx.store, type);
  const stored = await repository.get(ctx.actor.tenantId, id);
  const record =
    stored?.type === 'lead' && stored.mergedInto
      ? await repository.get(ctx.actor.tenantId, stored.mergedInto)
      : stored;
  if (!record) return notFound(type, id);
  return guardView(ctx.actor, record) ?? ok(record);
}
