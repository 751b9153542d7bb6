import type { Container } from '@azure/cosmos';
import { ok } from '../result';
import { removeKeyedRecord } from './remove-keyed-record';
import { removeOpportunity } from './remove-opportunity';
import { commitWrites } from './commit-writes';
import { fetchPage } from './fetch-page';
import { migrate } from './migrations';
import { decodeContinuation } from './paging';
import { readDocument, readDocuments } from './point-read';
import type { RecordRepository } from './ports';
import { countRecordsQuery, listRecordsQuery } from './query-catalog';
import { toDomain, type StoredDocument } from './stored-document';

type Versioned = { id: string; tenantId: string; version: number };

/** The domain view of a stored document: upgraded to the current shape, storage fields gone. */
export const readable = <T>(doc: StoredDocument): T => toDomain<T>(migrate(doc));

export function recordRepository<T extends Versioned>(
  container: Container,
  type: string,
): RecordRepository<T> {
  const get = async (tenantId: string, id: string) => {
    const doc = await readDocument<StoredDocument>(container, tenantId, id);
    return doc && doc.type === type ? readable<T>(doc) : undefined;
  };

  return {
    get,

    async getMany(tenantId, ids) {
      const unique = [...new Set(ids)];
      if (unique.length === 0) return [];
      const docs = await readDocuments<StoredDocument>(container, tenantId, unique);
      const byId = new Map(docs.filter((d) => d.type === type).map((d) => [d.id, readable<T>(d)]));
      return unique.flatMap((id) => byId.get(id) ?? []);
    },

    async commit(next, events, options) {
      const written = await commitWrites(
        container,
        next.tenantId,
        [
          {
            doc: { ...next, type },
            events,
            expectedVersion: options.expectedVersion,
            rewritePendingEvents: options.rewritePendingEvents,
            plannedTasks: options.plannedTasks,
            duplicateKeys: options.duplicateKeys,
          },
        ],
        options.commitId,
      );
      if (!written.ok) return written;
      return ok(readable<T>(written.value[0]!));
    },

    async list(tenantId, query, page) {
      const { spec, sortPath } = listRecordsQuery(
        tenantId,
        type,
        query,
        decodeContinuation(page.continuation),
      );
      return fetchPage(container, tenantId, spec, sortPath, page.limit, (doc) => readable<T>(doc));
    },

    async count(tenantId, query) {
      const { resources } = await container.items
        .query<number>(countRecordsQuery(tenantId, type, query), { partitionKey: tenantId })
        .fetchAll();
      return resources.reduce((sum, n) => sum + n, 0);
    },

    async remove(tenantId, id) {
      const doc = await readDocument<StoredDocument>(container, tenantId, id);
      if (!doc || doc.type !== type) return;
      if (type !== 'opportunity') {
        await removeKeyedRecord(container, doc);
        return;
      }
      await removeOpportunity(container, tenantId, doc);
    },
  };
}
