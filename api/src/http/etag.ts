/** The record's business version as an ETag: `"<version>"`. */
export const etagOf = (version: number) => `"${version}"`;

/** `"3"`, `W/"3"` or `3` → 3; anything else (a list, `*`, garbage) → undefined. */
export function versionFromIfMatch(header: string): number | undefined {
  const match = header.trim().match(/^(?:W\/)?"?(\d{1,9})"?$/);
  if (!match) return undefined;
  const version = Number(match[1]);
  return version >= 1 ? version : undefined;
}
