import type { SortDirection } from './ports';

/** Where the previous page ended: the last item's sort value and id (keyset paging). */
export type PagePosition = { value: string | number; id: string };

/** Continuations are opaque to callers: base64url JSON of the last position. */
export const encodeContinuation = (position: PagePosition): string =>
  Buffer.from(JSON.stringify([position.value, position.id])).toString('base64url');

export function decodeContinuation(token: string | undefined): PagePosition | undefined {
  if (!token) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2) return undefined;
    const [value, id] = parsed as unknown[];
    if ((typeof value !== 'string' && typeof value !== 'number') || typeof id !== 'string') {
      return undefined;
    }
    return { value, id };
  } catch {
    return undefined;
  }
}

/** The rows after `position` in (field, id) order, as a WHERE condition. */
export function afterPosition(field: string, direction: SortDirection): string {
  const beyond = direction === 'asc' ? '>' : '<';
  return `(c.${field} ${beyond} @afterValue OR (c.${field} = @afterValue AND c.id ${beyond} @afterId))`;
}
