import type { Lead } from '../model/lead';
import { markUnarchived as unarchive } from '../rules/lead-lifecycle';
import { ok, type Result } from '../result';
import { commitRecord } from './commit-record';
import type { UseCaseContext } from './context';
import { editableLead } from './lead-access';

/** Unarchives a lead; a lead that already is so answers itself and nothing is written. */
export async function unarchiveLead(
  ctx: UseCaseContext,
  id: string,
  expectedVersion: number,
): Promise<Result<Lead>> {
  const found = await editableLead(ctx, id);
  if (!found.ok) return found;
  const lead = found.value;
  const next = unarchive(lead);
  if (!next.ok) return next;
  if (next.value === lead) return ok(lead);
  return commitRecord(ctx, next.value, expectedVersion, [
    {
      type: 'lead.unarchived',
      changes: [{ field: 'archived', old: lead.archived, new: next.value.archived }],
    },
  ]);
}
