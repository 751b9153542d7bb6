import type { RecordType } from '../model/timeline';
import { guardView } from '../rules/permissions';
import { notFound, ok, type Result } from '../result';
import type { CrmRecord } from '../store/ports';
import { repositoryFor } from './commit-record';
import type { UseCaseContext } from './context';

/** A lead, opportunity, account or contact the actor may see (hidden answers not found). */
export async function visibleRecord(
  ctx: UseCaseContext,
  type: RecordType,
  id: string,
): Promise<Result<CrmRecord>> {
  const record = await repositoryFor(ctx.store, type).get(ctx.actor.tenantId, id);
  if (!record) return notFound(type, id);
  return guardView(ctx.actor, record) ?? ok(record);
}
