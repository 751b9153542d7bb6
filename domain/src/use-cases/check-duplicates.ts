import type { DuplicateCheckInput, DuplicateCheckResult } from '../model/duplicates';
import { keyedRecordTitle } from '../rules/record-title';
import { duplicateKeys } from '../rules/duplicate-keys';
import { canSeeSpace } from '../rules/permissions';
import { ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { findDuplicates } from './find-duplicates';

/**
 * The records a draft (a create dialog before saving) would be a duplicate of: those the caller
 * may see by name, the others only counted. Phones are read in the named space's country.
 */
export async function checkDuplicates(
  ctx: UseCaseContext,
  draft: DuplicateCheckInput,
): Promise<Result<DuplicateCheckResult>> {
  const space =
    draft.spaceId && canSeeSpace(ctx.actor, draft.spaceId)
      ? await ctx.store.spaces.get(ctx.actor.tenantId, draft.spaceId)
      : undefined;
  const keys = duplicateKeys(draft.type === 'account' ? draft : { ...draft, type: draft.type }, {
    defaultCountry: space?.defaultCountry,
  });
  const found = await findDuplicates(ctx, draft.type, keys);
  return ok({
    matches: found.visible.map((record) => ({
      recordType: record.type,
      id: record.id,
      title: keyedRecordTitle(record),
      ...(record.type === 'lead' ? { spaceId: record.spaceId } : {}),
    })),
    hidden: found.hidden.length,
  });
}
