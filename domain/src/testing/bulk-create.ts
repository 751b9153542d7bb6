import type { Container } from '@azure/cosmos';
import { asJson } from '../store/stored-document';

/** Documents a bulk request carries at most. */
export const BULK_CHUNK = 100;

/**
 * Creates documents straight in a container, a bulk request of up to `BULK_CHUNK` at a time
 * (benchmarks filling a store fast; the legacy bulk API works on the embedded server).
 */
export async function bulkCreate(container: Container, docs: object[]): Promise<void> {
  for (let i = 0; i < docs.length; i += BULK_CHUNK) {
    const results = await container.items.bulk(
      docs
        .slice(i, i + BULK_CHUNK)
        .map((doc) => ({ operationType: 'Create' as const, resourceBody: asJson(doc) })),
    );
    const failed = results.find((r) => r.statusCode >= 400);
    if (failed) throw new Error(`A bulk create failed with status ${failed.statusCode}`);
  }
}
