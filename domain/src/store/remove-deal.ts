import type { Container } from '@azure/cosmos';
import type { Opportunity } from '../model/opportunity';
import { MAX_CONFLICT_ATTEMPTS, pauseAfterConflict } from './conflict-retry';
import { readDocument } from './point-read';
import { toDomain, type StoredDocument } from './stored-document';
import { dealDeltas } from './summary-delta';
import { summaryOperations } from './summaries';

/** Deletes an opportunity and takes it out of its stage's figures in the same batch. */
export async function removeDeal(
  container: Container,
  tenantId: string,
  deal: StoredDocument,
): Promise<void> {
  const commitId = `remove-${deal.id}-${deal.version}`;
  const deltas = dealDeltas(toDomain<Opportunity>(deal), undefined);
  const actorId = String(deal.updatedBy ?? 'system');
  let current: StoredDocument | undefined = deal;
  for (let attempt = 1; attempt <= MAX_CONFLICT_ATTEMPTS; attempt += 1) {
    const summaryOps = await summaryOperations(
      container,
      tenantId,
      deltas,
      commitId,
      actorId,
      new Date().toISOString(),
    );
    const deleteOp = current
      ? [
          {
            operationType: 'Delete' as const,
            id: deal.id,
            partitionKey: tenantId,
            ifMatch: current._etag,
          },
        ]
      : [];
    const operations = [...deleteOp, ...summaryOps];
    if (operations.length === 0) return;
    const response = await container.items.batch(operations, tenantId);
    if (!response.result?.some((r) => r.statusCode >= 400)) return;
    // The local server may have applied the delete before a summary conflicted.
    current = await readDocument<StoredDocument>(container, tenantId, deal.id);
    if (current && current.version !== deal.version)
      return removeDeal(container, tenantId, current);
    await pauseAfterConflict(attempt);
  }
  throw new Error(`Removing opportunity ${deal.id} kept conflicting`);
}
