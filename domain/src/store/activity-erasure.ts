import type { Container } from '@azure/cosmos';
import type { Activity, PlannedActivity } from '../model/activity';
import { MAX_CONFLICT_ATTEMPTS, pauseAfterConflict } from './conflict-retry';
import { fetchAll } from './fetch-page';
import { readDocument } from './point-read';
import { rememberedDocument } from './unit-of-work';
import { allRecordActivitiesQuery } from './query-catalog';
import { readable } from './record-repository';
import { asJson, type StoredDocument } from './stored-document';

const BATCH = 100;

function refuseFailed(
  answers: { statusCode: number }[] | undefined,
  harmless: ReadonlySet<number>,
): void {
  const failed = answers?.find((a) => a.statusCode >= 400 && !harmless.has(a.statusCode));
  if (failed) throw new Error(`Cosmos batch failed with status ${failed.statusCode}`);
}

/** Every activity of one record, as stored (the query is bounded by the record's id). */
const storedActivitiesOf = (container: Container, tenantId: string, recordId: string) =>
  fetchAll(container, tenantId, allRecordActivitiesQuery(tenantId, recordId));

/**
 * Rewrites the activities of a record that `change` changes (erasure: titles and notes that
 * name the person) and the titles the record keeps of its planned ones. Internal writes: no
 * version moves, so nobody's open edit goes stale.
 */
export async function rewriteRecordActivities(
  container: Container,
  tenantId: string,
  recordId: string,
  change: (activity: Activity) => Activity | undefined,
): Promise<number> {
  const rewritten = (await storedActivitiesOf(container, tenantId, recordId)).flatMap((doc) => {
    const next = change(readable<Activity>(doc));
    return next ? [{ ...doc, ...next }] : [];
  });
  for (let start = 0; start < rewritten.length; start += BATCH) {
    const response = await container.items.batch(
      rewritten.slice(start, start + BATCH).map((doc) => ({
        operationType: 'Upsert' as const,
        partitionKey: tenantId,
        resourceBody: asJson(doc),
      })),
      tenantId,
    );
    refuseFailed(response.result, new Set());
  }
  if (rewritten.length > 0) {
    const titles = new Map(rewritten.map((doc) => [doc.id, String(doc.title)]));
    await rewritePlanned(container, tenantId, recordId, (entry) => ({
      ...entry,
      title: titles.get(entry.id) ?? entry.title,
    }));
  }
  return rewritten.length;
}

/**
 * Rewrites the entries a record keeps of its planned activities (and its next activity), an
 * internal write guarded by `_etag` and retried on a race; no version moves.
 */
export async function rewritePlanned(
  container: Container,
  tenantId: string,
  recordId: string,
  change: (entry: PlannedActivity) => PlannedActivity,
): Promise<void> {
  for (let attempt = 1; attempt <= MAX_CONFLICT_ATTEMPTS; attempt += 1) {
    // After an erasure's write of the record, a first attempt is guarded by that write's _etag.
    const record =
      (attempt === 1 ? rememberedDocument<StoredDocument>(tenantId, recordId) : undefined) ??
      (await readDocument<StoredDocument>(container, tenantId, recordId));
    const planned = record?.plannedActivities as PlannedActivity[] | undefined;
    if (!record || !planned) return;
    const next = record.nextActivity as PlannedActivity | undefined;
    const replaced = await container
      .item(record.id, tenantId)
      .replace(
        {
          ...record,
          plannedActivities: planned.map(change),
          ...(next ? { nextActivity: change(next) } : {}),
        },
        { accessCondition: { type: 'IfMatch', condition: record._etag ?? '' } },
      )
      .catch((error: { code?: number }) => {
        if (error.code === 412) return undefined;
        throw error;
      });
    if (replaced) return;
    await pauseAfterConflict(attempt);
  }
  throw new Error(`Rewriting the planned activities of ${recordId} kept conflicting`);
}

/** Deletes every activity of a deleted record, in batches. */
export async function removeRecordActivities(
  container: Container,
  tenantId: string,
  recordId: string,
): Promise<number> {
  const ids = (await storedActivitiesOf(container, tenantId, recordId)).map((doc) => doc.id);
  for (let start = 0; start < ids.length; start += BATCH) {
    // A bulk, not a batch: one deleted meanwhile (404) is gone all the same and must not
    // roll the others back.
    const answers = await container.items.bulk(
      ids
        .slice(start, start + BATCH)
        .map((id) => ({ operationType: 'Delete' as const, id, partitionKey: tenantId })),
      { continueOnError: true },
    );
    refuseFailed(answers, new Set([404]));
  }
  return ids.length;
}
