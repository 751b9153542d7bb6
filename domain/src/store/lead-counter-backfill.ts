import type { Container } from '@azure/cosmos';
import { MAX_CONFLICT_ATTEMPTS, pauseAfterConflict } from './conflict-retry';
import {
  LEAD_COUNTERS_FORMAT,
  leadCounterDeltas,
  type LeadCounterFields,
} from './lead-counter-delta';
import { counterOperations } from './lead-counters';
import { readDocument } from './point-read';
import type { RecordAddress } from './ports';
import { uncountedLeadsQuery } from './query-catalog';
import { asJson, type StoredDocument } from './stored-document';

/** Another writer moved the lead or a counter document since they were read. */
const lostRace = (status: number) => status === 409 || status === 412;

/**
 * Leads of every tenant not counted in the counters' current format, in id order after
 * `afterId`: at most `limit` of them (the backfill's page, never a full scan answered at once).
 */
export async function uncountedLeads(
  container: Container,
  afterId: string | undefined,
  limit: number,
): Promise<RecordAddress[]> {
  const { resources } = await container.items
    .query<RecordAddress>(uncountedLeadsQuery(afterId ?? '', limit, LEAD_COUNTERS_FORMAT), {
      maxItemCount: limit,
    })
    .fetchNext();
  return resources.slice(0, limit);
}

/**
 * Counts one lead: its contribution added to its space's counters and the counters' format
 * stamped on it, in one batch guarded by the `_etag`s just read, so the lead is counted once
 * however often this runs (a writer in between makes it read again; a lead its own write
 * stamped meanwhile is left alone). Answers whether it wrote.
 */
export async function countLead(
  container: Container,
  { tenantId, id }: RecordAddress,
  now: string,
): Promise<boolean> {
  for (let attempt = 1; attempt <= MAX_CONFLICT_ATTEMPTS; attempt += 1) {
    const before = await readDocument<StoredDocument>(container, tenantId, id);
    if (!before || before.type !== 'lead' || before.countersFormat === LEAD_COUNTERS_FORMAT) {
      return false;
    }
    const lead = Object.fromEntries(
      Object.entries(before).filter(([field]) => !field.startsWith('_')),
    );
    const counted = { ...lead, countersFormat: LEAD_COUNTERS_FORMAT };
    const deltas = leadCounterDeltas(undefined, counted as unknown as LeadCounterFields);
    const operations = [
      {
        operationType: 'Replace' as const,
        id,
        partitionKey: tenantId,
        ifMatch: before._etag,
        resourceBody: asJson(counted),
      },
      ...(await counterOperations(container, tenantId, deltas, `counters:${id}`, now)),
    ];
    const response = await container.items.batch(operations, tenantId);
    const answers = response.result ?? [];
    const failed = answers.find((a) => a.statusCode >= 400 && a.statusCode !== 424);
    if (!failed && answers.length === operations.length) return true;
    const status = failed?.statusCode ?? response.code ?? 500;
    if (!lostRace(status)) throw new Error(`Counting lead ${id} failed with ${status}`);
    await pauseAfterConflict(attempt);
  }
  throw new Error(`Counting lead ${id} kept conflicting`);
}
