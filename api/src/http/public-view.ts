const isStorageField = (key: string) => key.startsWith('_') || key === 'outbox';

/** Strips storage internals (`_etag`, `_rid`, the outbox …) from what the API returns. */
export function publicView(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(publicView);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([key]) => !isStorageField(key))
      .map(([key, v]) => [key, publicView(v)]),
  );
}

/** A `JSON.stringify` replacer that leaves out what `publicView` strips, without a copy. */
export const withoutStorageFields = (key: string, value: unknown): unknown =>
  isStorageField(key) ? undefined : value;

/** The business version of a single record, for the ETag header. */
export function versionOf(value: unknown): number | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const { version, id } = value as { version?: unknown; id?: unknown };
  return typeof version === 'number' && typeof id === 'string' ? version : undefined;
}
