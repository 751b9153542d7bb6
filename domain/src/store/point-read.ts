import type { Container } from '@azure/cosmos';
import { rememberDocument } from './unit-of-work';

/**
 * Reads one document of a tenant by id (1 RU). The tenantId check also holds where a server
 * would ignore the partition key.
 */
export async function readDocument<T extends { tenantId: string }>(
  container: Container,
  tenantId: string,
  id: string,
): Promise<T | undefined> {
  const { resource } = await container.item(id, tenantId).read<T & { id: string }>();
  if (!resource || resource.tenantId !== tenantId) return undefined;
  rememberDocument(resource);
  return resource;
}
