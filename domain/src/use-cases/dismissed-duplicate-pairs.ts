import type { KeyedRecordType } from '../model/duplicates';
import type { KeyedDocumentAddress } from '../store/ports';
import type { UseCaseContext } from './context';

/** One keyed document per pair found "not a duplicate", the same whichever side names it. */
export const dismissedPairAddress = (
  tenantId: string,
  recordType: KeyedRecordType,
  id: string,
  otherId: string,
): KeyedDocumentAddress => ({
  kind: 'dismissed-duplicate',
  tenantId,
  ownerId: recordType,
  key: [id, otherId].sort().join('\n'),
});

/** Remembers that the two records are not duplicates, so detection no longer pairs them. */
export async function rememberDismissedPair(
  ctx: UseCaseContext,
  recordType: KeyedRecordType,
  id: string,
  otherId: string,
): Promise<void> {
  const address = dismissedPairAddress(ctx.actor.tenantId, recordType, id, otherId);
  await ctx.store.keyedDocuments.put(address, {
    ids: [id, otherId],
    dismissedBy: ctx.actor.userId,
    dismissedAt: ctx.clock.now(),
  });
}
