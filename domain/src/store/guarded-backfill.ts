import type { Container, OperationInput, SqlQuerySpec } from '@azure/cosmos';
import { MAX_CONFLICT_ATTEMPTS, pauseAfterConflict } from './conflict-retry';
import { readDocument } from './point-read';
import type { RecordAddress } from './ports';
import { asJson, type StoredDocument } from './stored-document';

/**
 * One page of a backfill's query, the documents still to do in id order: at most `limit` of
 * them, never a full scan answered at once.
 */
export async function backfillPage(
  container: Container,
  query: SqlQuerySpec,
  limit: number,
): Promise<RecordAddress[]> {
  const { resources } = await container.items
    .query<RecordAddress>(query, { maxItemCount: limit })
    .fetchNext();
  return resources.slice(0, limit);
}

/**
 * What a backfill writes for one document: its new fields, and the writes to other documents
 * of the tenant that go with them.
 */
export type BackfillWrite = { fields: Record<string, unknown>; alongside: OperationInput[] };

/** Another writer moved the document or one written alongside it since they were read. */
const lostRace = (status: number) => status === 409 || status === 412;

/**
 * Backfills one document: `plan` sees it as just read (without Cosmos' system fields) and
 * answers what to write, or nothing when it needs nothing (gone, or done by an earlier run).
 * The write is one batch guarded by the `_etag` read, so a document is backfilled once however
 * often this runs; a writer in between makes it read and plan again. Answers whether it wrote.
 * `what` names the backfill in its errors.
 */
export async function backfillGuarded(
  container: Container,
  { tenantId, id }: RecordAddress,
  what: string,
  plan: (document: StoredDocument) => Promise<BackfillWrite | undefined>,
): Promise<boolean> {
  for (let attempt = 1; attempt <= MAX_CONFLICT_ATTEMPTS; attempt += 1) {
    const before = await readDocument<StoredDocument>(container, tenantId, id);
    if (!before) return false;
    const document = Object.fromEntries(
      Object.entries(before).filter(([field]) => !field.startsWith('_')),
    ) as StoredDocument;
    const write = await plan(document);
    if (!write) return false;
    const operations: OperationInput[] = [
      {
        operationType: 'Replace',
        id,
        partitionKey: tenantId,
        ifMatch: before._etag,
        resourceBody: asJson({ ...document, ...write.fields }),
      },
      ...write.alongside,
    ];
    const response = await container.items.batch(operations, tenantId);
    const answers = response.result ?? [];
    const failed = answers.find((a) => a.statusCode >= 400 && a.statusCode !== 424);
    if (!failed && answers.length === operations.length) return true;
    const status = failed?.statusCode ?? response.code ?? 500;
    if (!lostRace(status)) throw new Error(`${what} of ${id} failed with ${status}`);
    await pauseAfterConflict(attempt);
  }
  throw new Error(`${what} of ${id} kept conflicting`);
}
