import type { Container } from '@azure/cosmos';
import { fetchAll } from './fetch-page';
import { MAX_BATCH_OPERATIONS } from './commit-writes';
import type { StoredDocument as PortDocument } from './ports';
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

/** Deletes every document of a tenant, a batch of deletes at a time; answers how many. */
export async function deleteTenant(container: Container, tenantId: string): Promise<number> {
  const docs = await fetchAll(container, tenantId, tenantDocumentsQuery(tenantId));
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
  return docs.length;
}
