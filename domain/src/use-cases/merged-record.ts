/**
 * The record stored at an id; a merged record's tombstone answers the record it was merged
 * into, so old links, cards and edits reach the survivor.
 */
export async function recordAt<T extends { id: string; mergedInto?: string }>(
  repository: { get(tenantId: string, id: string): Promise<T | undefined> },
  tenantId: string,
  id: string,
): Promise<T | undefined> {
  const stored = await repository.get(tenantId, id);
  return stored?.mergedInto ? repository.get(tenantId, stored.mergedInto) : stored;
}
