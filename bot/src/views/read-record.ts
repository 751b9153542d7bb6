import type { RecordRef } from '@channel-crm/domain';
import { getRecord, type FoundRecord, type UseCaseContext } from '@channel-crm/domain/server';

/** The record as the actor may read it, through the API's own use cases; undefined if hidden. */
export async function readRecord(
  ctx: UseCaseContext,
  ref: RecordRef,
): Promise<FoundRecord | undefined> {
  const read = await getRecord(ctx, ref);
  return read.ok ? read.value : undefined;
}
