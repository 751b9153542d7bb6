import { backfillRecordKeys, unkeyedRecords } from './duplicate-key-backfill';
import { countLead, uncountedLeads } from './lead-counter-backfill';
import { figuresOf, readLeadCounters } from './lead-counters';
import type { Container } from '@azure/cosmos';
import type { Pipeline } from '../model/pipeline';
import type { Space } from '../model/space';
import type { User } from '../model/user';
import { ok } from '../result';
import { commitWrites } from './commit-writes';
import { createCosmosClient, type CosmosConnection } from './cosmos-client';
import { CONTAINERS, CRM_CONTAINER, DATABASE_ID } from './containers';
import { fetchAll } from './fetch-page';
import { importStore } from './import-store';
import { keyedDocumentId } from './keyed-document-id';
import { readDocuments } from './point-read';
import type { StoredDocument } from './stored-document';
import { keyedDocumentStore } from './keyed-documents';
import { readKeyDocuments } from './duplicate-key-documents';
import { tellMembershipWrite } from './membership-writes';
import { outboxStore } from './outbox';
import { cachedPipelines } from './pipeline-cache';
import type { CrmRecord, CrmStore, RecordRepository } from './ports';
import { ofTypeQuery, summariesQuery } from './query-catalog';
import { readable, recordRepository } from './record-repository';
import { mergeShards, type StoredSummary } from './summaries';
import { deleteKeyedDocuments, deleteTenant, exportTenant } from './tenant-data';
import { timelineRepository } from './timeline-repository';
import { activityRepository } from './activity-repository';

export type CosmosStoreConfig = CosmosConnection & { databaseId?: string };

/** Connects to Cosmos DB, creating the database and containers when missing. */
export async function createCosmosStore(config: CosmosStoreConfig): Promise<CrmStore> {
  return cosmosStore(await openCrmContainer(config));
}

/** The CRM container, created with the database when missing. */
export async function openCrmContainer(config: CosmosStoreConfig): Promise<Container> {
  const client = createCosmosClient(config);
  const { database } = await client.databases.createIfNotExists({
    id: config.databaseId ?? DATABASE_ID,
  });
  for (const definition of CONTAINERS) {
    await database.containers.createIfNotExists({
      id: definition.id,
      partitionKey: { paths: [definition.partitionKeyPath] },
      indexingPolicy: definition.indexingPolicy,
      ...(definition.defaultTtl === undefined ? {} : { defaultTtl: definition.defaultTtl }),
    });
  }
  return database.container(CRM_CONTAINER.id);
}

/** A repository whose writes change who may do what: each one is announced after it lands. */
function announcingWrites<T extends { id: string; tenantId: string; version: number }>(
  repository: RecordRepository<T>,
): RecordRepository<T> {
  return {
    ...repository,
    async commit(next, events, options) {
      try {
        return await repository.commit(next, events, options);
      } finally {
        tellMembershipWrite(next.tenantId);
      }
    },
    async remove(tenantId, id) {
      try {
        await repository.remove(tenantId, id);
      } finally {
        tellMembershipWrite(tenantId);
      }
    },
  };
}

export function cosmosStore(container: Container): CrmStore {
  const allOfType = async <T>(tenantId: string, type: string, spaceId?: string) => {
    const field = spaceId ? { name: 'spaceId' as const, value: spaceId } : undefined;
    const docs = await fetchAll(container, tenantId, ofTypeQuery(tenantId, type, field));
    return docs.map((doc) => readable<T>(doc));
  };
  const pipelines = cachedPipelines({
    ...recordRepository<Pipeline>(container, 'pipeline'),
    listForSpace: (tenantId: string, spaceId: string) =>
      allOfType<Pipeline>(tenantId, 'pipeline', spaceId),
  });
  return {
    tenants: recordRepository(container, 'tenant'),
    users: {
      ...announcingWrites(recordRepository<User>(container, 'user')),
      listAll: (tenantId) => allOfType<User>(tenantId, 'user'),
    },
    spaces: {
      ...announcingWrites(recordRepository<Space>(container, 'space')),
      listAll: (tenantId) => allOfType<Space>(tenantId, 'space'),
    },
    pipelines,
    leads: recordRepository(container, 'lead'),
    opportunities: recordRepository(container, 'opportunity'),
    accounts: recordRepository(container, 'account'),
    contacts: recordRepository(container, 'contact'),
    timeline: timelineRepository(container),
    activities: activityRepository(container),
    leadCounters: {
      read: async (tenantId, spaceId, days) =>
        figuresOf(await readLeadCounters(container, tenantId, spaceId, days)),
      uncounted: (afterId, limit) => uncountedLeads(container, afterId, limit),
      count: (lead, now) => countLead(container, lead, now),
    },
    summaries: {
      async forPipeline(tenantId, pipelineId) {
        const docs = await fetchAll(
          container,
          tenantId,
          ofTypeQuery(tenantId, 'stage-summary', { name: 'pipelineId', value: pipelineId }),
        );
        return mergeShards(docs as unknown as StoredSummary[]);
      },
      async forPipelines(tenantId, pipelineIds) {
        if (pipelineIds.length === 0) return [];
        const docs = await fetchAll(container, tenantId, summariesQuery(tenantId, pipelineIds));
        const stored = docs as unknown as StoredSummary[];
        return pipelineIds.flatMap((id) => mergeShards(stored.filter((s) => s.pipelineId === id)));
      },
    },
    async commitBatch(tenantId, writes, commitId, options) {
      const written = await commitWrites(container, tenantId, writes, commitId, options);
      return written.ok ? ok(written.value.map((doc) => readable<CrmRecord>(doc))) : written;
    },
    duplicateKeys: {
      async holdersOf(tenantId, keys) {
        const docs = await readKeyDocuments(container, tenantId, keys);
        return docs.map(({ key, holders }) => ({ key, holders }));
      },
      async candidates(tenantId, recordType, ids, dismissals) {
        const dismissalIds = dismissals.map(keyedDocumentId);
        const wanted = [...new Set([...ids, ...dismissalIds])];
        if (wanted.length === 0) return { records: [], dismissed: [] };
        const docs = await readDocuments<StoredDocument>(container, tenantId, wanted);
        const byId = new Map(docs.map((doc) => [doc.id, doc]));
        const records = [...new Set(ids)].flatMap((id) => {
          const doc = byId.get(id);
          return doc?.type === recordType ? [readable<CrmRecord>(doc)] : [];
        });
        const dismissed = dismissals.map(
          (address, index) => byId.get(dismissalIds[index]!)?.type === address.kind,
        );
        return { records, dismissed };
      },
      unkeyed: (afterId, limit) => unkeyedRecords(container, afterId, limit),
      backfill: (record, keysOf) => backfillRecordKeys(container, record, keysOf),
    },
    outbox: outboxStore(container),
    keyedDocuments: keyedDocumentStore(container),
    imports: importStore(container),
    deleteKeyedDocuments: (addresses) => deleteKeyedDocuments(container, addresses),
    exportTenant: (tenantId) => exportTenant(container, tenantId),
    async deleteTenant(tenantId, listedElsewhere) {
      const deleted = await deleteTenant(container, tenantId, listedElsewhere);
      pipelines.forget(tenantId);
      tellMembershipWrite(tenantId);
      return deleted;
    },
  };
}
