import type { Container } from '@azure/cosmos';
import type { DomainEvent } from '../events';
import { MAX_CONFLICT_ATTEMPTS, pauseAfterConflict } from './conflict-retry';
import { readDocument } from './point-read';
import { acknowledgeBetweenEdits } from './unit-of-work';
import type { CrmRecord, CrmStore } from './ports';
import { pendingOutboxQuery } from './query-catalog';
import { readable } from './record-repository';
import type { StoredDocument } from './stored-document';

export function outboxStore(container: Container): CrmStore['outbox'] {
  return {
    async pending(limit) {
      const iterator = container.items.query<StoredDocument>(pendingOutboxQuery(), {
        maxItemCount: limit,
      });
      const { resources } = await iterator.fetchNext();
      return resources.slice(0, limit).map((doc) => ({
        tenantId: doc.tenantId,
        record: readable<CrmRecord>(doc),
        events: doc.outbox ?? [],
      }));
    },

    async acknowledge(tenantId, record, eventIds) {
      await acknowledgeBetweenEdits(tenantId, record.id, eventIds, (left) => {
        const acknowledged = new Set(left);
        return rewriteOutbox(container, tenantId, record.id, (outbox) =>
          outbox.some((e) => acknowledged.has(e.id))
            ? outbox.filter((e) => !acknowledged.has(e.id))
            : undefined,
        );
      });
    },

    async forRecord(tenantId, recordId) {
      const doc = await readDocument<StoredDocument>(container, tenantId, recordId);
      if (!doc) return undefined;
      return { tenantId, record: readable<CrmRecord>(doc), events: doc.outbox ?? [] };
    },

    async append(tenantId, recordId, events) {
      return rewriteOutbox(container, tenantId, recordId, (outbox) => {
        const known = new Set(outbox.map((e) => e.id));
        const fresh = events.filter((e) => !known.has(e.id));
        return fresh.length > 0 ? [...outbox, ...fresh] : undefined;
      });
    },
  };
}

/**
 * An internal write of a record's outbox, guarded by `_etag` and retried on a race; it never
 * touches the business `version`. `change` answers undefined when there is nothing to write.
 * Answers false when the record does not exist.
 */
async function rewriteOutbox(
  container: Container,
  tenantId: string,
  recordId: string,
  change: (outbox: DomainEvent[]) => DomainEvent[] | undefined,
): Promise<boolean> {
  for (let attempt = 1; attempt <= MAX_CONFLICT_ATTEMPTS; attempt += 1) {
    const doc = await readDocument<StoredDocument>(container, tenantId, recordId);
    if (!doc) return false;
    const outbox = change(doc.outbox ?? []);
    if (!outbox) return true;
    const response = await container
      .item(doc.id, tenantId)
      .replace(
        { ...doc, outbox, hasOutbox: outbox.length > 0 },
        { accessCondition: { type: 'IfMatch', condition: doc._etag ?? '' } },
      )
      .catch((error: { code?: number }) => {
        if (error.code === 412) return undefined;
        throw error;
      });
    if (response) return true;
    await pauseAfterConflict(attempt);
  }
  throw new Error(`Writing the outbox of ${recordId} kept conflicting`);
}
