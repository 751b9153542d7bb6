import type { Container } from '@azure/cosmos';
import { acknowledgementOn, holdDocument, rememberDocument } from './unit-of-work';

/**
 * Reads one document of a tenant by id (1 RU). The tenantId check also holds where a server
 * would ignore the partition key.
 */
export async function readDocument<T extends { tenantId: string }>(
  container: Container,
  tenantId: string,
  id: string,
): Promise<T | undefined> {
  await acknowledgementOn(tenantId, id);
  holdDocument(tenantId, id);
  const { resource } = await container.item(id, tenantId).read<T & { id: string }>();
  if (!resource || resource.tenantId !== tenantId) return undefined;
  rememberDocument(resource);
  return resource;
}

/** Bulk operations go to the server in groups of this many. */
const BULK_LIMIT = 100;

/**
 * Reads documents of a tenant by id as point reads sent together (a bulk of Read operations:
 * one request per hundred ids, 1 RU each), never a query: on Cosmos DB a query by ids costs
 * more, and the embedded server scans the whole container for it. Missing ids are left out.
 */
export async function readDocuments<T extends { tenantId: string; id: string }>(
  container: Container,
  tenantId: string,
  ids: readonly string[],
): Promise<T[]> {
  const groups: string[][] = [];
  for (let start = 0; start < ids.length; start += BULK_LIMIT) {
    groups.push(ids.slice(start, start + BULK_LIMIT));
  }
  // The groups go at once: an import chunk reads thousands of keys, one group after the other
  // would wait for each answer in turn.
  const answers = await Promise.all(
    groups.map((group) =>
      // `bulk` sends at once; its successor `executeBulkOperations` waits for more operations
      // to gather and took a full second per call here, longer than the page it serves.
      container.items.bulk(
        group.map((id) => ({ operationType: 'Read' as const, id, partitionKey: tenantId })),
        { continueOnError: true },
      ),
    ),
  );
  const found: T[] = [];
  for (const { statusCode, resourceBody } of answers.flat()) {
    const doc = statusCode === 200 ? (resourceBody as T | undefined) : undefined;
    if (doc?.tenantId === tenantId) found.push(doc);
  }
  return found;
}
