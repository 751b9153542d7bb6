import type { Container } from '@azure/cosmos';
import type { Opportunity } from '../model/opportunity';
import { MAX_CONFLICT_ATTEMPTS, pauseAfterConflict } from './conflict-retry';
import { readDocument } from './point-read';
import { toDomain, type StoredDocument } from './stored-document';
import { opportunityDeltas } from './summary-delta';
import { summaryOperations } from './summaries';

/** Deletes an opportunity and takes it out of its stage's figures in the same batch. */
export async function removeOpportunity(
  container: Container,
  tenantId: string,
  opportunity: StoredDocument,
): Promise<void> {
  const commitId = `remove-${opportunity.id}-${opportunity.version}`;
  const deltas = opportunityDeltas(toDomain<Opportunity>(opportunity), undefined);
  const actorId = String(opportunity.updatedBy ?? 'system');
  let current: StoredDocument | undefined = opportunity;
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
            id: opportunity.id,
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
    current = await readDocument<StoredDocument>(container, tenantId, opportunity.id);
    if (current && current.version !== opportunity.version)
      return removeOpportunity(container, tenantId, current);
    await pauseAfterConflict(attempt);
  }
  throw new Error(`Removing opportunity ${opportunity.id} kept conflicting`);
}
