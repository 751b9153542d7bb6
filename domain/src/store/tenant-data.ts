import type { Container } from '@azure/cosmos';
import { fetchAll } from './fetch-page';
import { MAX_BATCH_OPERATIONS } from './commit-writes';
import { keyedDocumentId } from './keyed-document-id';
import type { KeyedDocumentAddress, StoredDocument as PortDocument } from './ports';
import { tenantDocumentsQuery } from './query-catalog';
import { readable } from './record-repository';

/** Every document of a tenant in its domain shape (the admin export). */
export async function exportTenant(
  container: Container,
  tenantId: string,
): Promise<PortDocument[]> {
  const docs = await fetchAll(container, tenantId, tenantDocumentsQuery(tenantId));
  return docs.map((doc) => readable<PortDocument>(doc));
}

/** Bulk operations go to the server in groups of this many. */
const BULK_LIMIT = 100;

/**
 * Deletes documents by address, as point deletes sent together (one request per hundred);
 * one already gone is fine. Answers how many were there.
 */
export async function deleteKeyedDocuments(
  container: Container,
  addresses: KeyedDocumentAddress[],
): Promise<number> {
  let deleted = 0;
  for (let start = 0; start < addresses.length; start += BULK_LIMIT) {
    const results = await container.items.bulk(
      addresses.slice(start, start + BULK_LIMIT).map((address) => ({
        operationType: 'Delete' as const,
        id: keyedDocumentId(address),
        partitionKey: address.tenantId,
      })),
      { continueOnError: true },
    );
    const failed = results.find((r) => r.statusCode >= 400 && r.statusCode !== 404);
    if (failed) throw new Error(`Deleting a listed document failed with ${failed.statusCode}`);
    deleted += results.filter((r) => r.statusCode < 400).length;
  }
  return deleted;
}

/**
 * Deletes every document of a tenant, a batch of deletes at a time, and the documents
 * elsewhere that they list; answers how many. Those go first: once the lists are deleted,
 * nothing finds them without scanning every tenant's.
 */
export async function deleteTenant(
  container: Container,
  tenantId: string,
  listedElsewhere: (document: Record<string, unknown>) => KeyedDocumentAddress[],
): Promise<number> {
  const docs = await fetchAll(container, tenantId, tenantDocumentsQuery(tenantId));
  const elsewhere = await deleteKeyedDocuments(container, docs.flatMap(listedElsewhere));
  for (let i = 0; i < docs.length; i += MAX_BATCH_OPERATIONS) {
    const chunk = docs.slice(i, i + MAX_BATCH_OPERATIONS);
    const response = await container.items.batch(
      chunk.map((doc) => ({
        operationType: 'Delete' as const,
        id: doc.id,
        partitionKey: tenantId,
      })),
      tenantId,
    );
    const failed = response.result?.find((r) => r.statusCode >= 400 && r.statusCode !== 404);
    if (failed) throw new Error(`Deleting tenant ${tenantId} failed with ${failed.statusCode}`);
  }
  return elsewhere + docs.length;
}
