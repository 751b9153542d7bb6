import type { Container, SqlQuerySpec } from '@azure/cosmos';
import { encodeContinuation } from './paging';
import type { Page } from './ports';
import type { StoredDocument } from './stored-document';

export const MAX_PAGE_SIZE = 200;

/**
 * Runs a keyset query and reads one more row than asked: when it exists there is a next page,
 * whose continuation is the last returned row's sort value and id.
 */
export async function fetchPage<T>(
  container: Container,
  tenantId: string,
  spec: SqlQuerySpec,
  sortPath: string,
  limit: number,
  toItem: (doc: StoredDocument) => T,
): Promise<Page<T>> {
  const size = Math.max(1, Math.min(MAX_PAGE_SIZE, Math.floor(limit)));
  const rows: StoredDocument[] = [];
  const iterator = container.items.query<StoredDocument>(spec, {
    partitionKey: tenantId,
    maxItemCount: size + 1,
  });
  while (rows.length <= size && iterator.hasMoreResults()) {
    const { resources } = await iterator.fetchNext();
    rows.push(...resources);
    if (resources.length === 0) break;
  }
  const items = rows.slice(0, size);
  const last = items.at(-1);
  const sortValue = last?.[sortPath];
  const continuation =
    rows.length > size && last && (typeof sortValue === 'string' || typeof sortValue === 'number')
      ? encodeContinuation({ value: sortValue, id: last.id })
      : undefined;
  return continuation ? { items: items.map(toItem), continuation } : { items: items.map(toItem) };
}

/** Every row of a query within one tenant's partition. */
export async function fetchAll(
  container: Container,
  tenantId: string,
  spec: SqlQuerySpec,
): Promise<StoredDocument[]> {
  const { resources } = await container.items
    .query<StoredDocument>(spec, { partitionKey: tenantId })
    .fetchAll();
  return resources;
}
