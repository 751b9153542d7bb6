/** Muted records kept per user: well inside one stored row (Azure Tables: 64 KiB a property). */
export const MAX_MUTED_RECORDS = 500;

/**
 * The muted ids after muting (last) or unmuting one record; undefined when muting it would pass
 * MAX_MUTED_RECORDS.
 */
export function withMuted(
  mutedRecordIds: string[],
  recordId: string,
  muted: boolean,
): string[] | undefined {
  const others = mutedRecordIds.filter((id) => id !== recordId);
  if (!muted) return others;
  return others.length >= MAX_MUTED_RECORDS ? undefined : [...others, recordId];
}
