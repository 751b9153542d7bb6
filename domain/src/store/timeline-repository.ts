import type { Container } from '@azure/cosmos';
import type { TimelineEntry } from '../model/timeline';
import { ok } from '../result';
import { commitWrites } from './commit-writes';
import { fetchAll, fetchPage } from './fetch-page';
import { SCHEMA_VERSION } from './migrations';
import { decodeContinuation } from './paging';
import { readDocument } from './point-read';
import type { CrmStore } from './ports';
import { ofTypeQuery, timelineQuery } from './query-catalog';
import { readable } from './record-repository';
import type { StoredDocument } from './stored-document';

export function timelineRepository(container: Container): CrmStore['timeline'] {
  return {
    async get(tenantId, id) {
      const doc = await readDocument<StoredDocument>(container, tenantId, id);
      return doc?.type === 'timeline' ? readable<TimelineEntry>(doc) : undefined;
    },

    async put(entry) {
      await container.items.upsert({ ...entry, schemaVersion: SCHEMA_VERSION });
    },

    async commit(next, options) {
      const written = await commitWrites(
        container,
        next.tenantId,
        [{ doc: next, events: [], expectedVersion: options.expectedVersion }],
        options.commitId,
      );
      return written.ok ? ok(readable<TimelineEntry>(written.value[0]!)) : written;
    },

    async listForRecord(tenantId, recordId, page) {
      const { spec, sortPath } = timelineQuery(
        tenantId,
        recordId,
        decodeContinuation(page.continuation),
      );
      return fetchPage(container, tenantId, spec, sortPath, page.limit, (doc) =>
        readable<TimelineEntry>(doc),
      );
    },

    async listAllForRecord(tenantId, recordId) {
      const docs = await fetchAll(
        container,
        tenantId,
        ofTypeQuery(tenantId, 'timeline', { name: 'recordId', value: recordId }),
      );
      return docs
        .map((doc) => readable<TimelineEntry>(doc))
        .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
    },
  };
}
