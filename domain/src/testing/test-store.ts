import type { Container } from '@azure/cosmos';
import { randomUUID } from 'node:crypto';
import { createCosmosClient } from '../store/cosmos-client';
import { cosmosStore, openCrmContainer } from '../store/cosmos-store';
import { startEmbeddedCosmos } from './embedded-cosmos';
import type { CrmStore } from '../store/ports';

export type TestStore = {
  store: CrmStore;
  /** The CRM container itself, for tests that write documents the store would not. */
  container: Container;
  endpoint: string;
  key?: string;
  databaseId: string;
  /** Deletes the test database on a real account; stops the embedded server. */
  close(): Promise<void>;
};

/**
 * A store on a fresh database: on the Cosmos DB account in COSMOS_ENDPOINT (COSMOS_KEY or the
 * managed identity) when set, otherwise on an embedded server of its own on an ephemeral port.
 * Call it once per test file (beforeAll) and close it in afterAll.
 */
export async function startTestStore(): Promise<TestStore> {
  const databaseId = `test-${randomUUID()}`;
  const external = process.env.COSMOS_ENDPOINT;
  if (external) {
    const key = process.env.COSMOS_KEY || undefined;
    const container = await openCrmContainer({ endpoint: external, key, databaseId });
    return {
      store: cosmosStore(container),
      container,
      endpoint: external,
      key,
      databaseId,
      close: async () => {
        const client = createCosmosClient({ endpoint: external, key });
        await client.database(databaseId).delete();
        client.dispose();
      },
    };
  }
  const cosmos = await startEmbeddedCosmos();
  const container = await openCrmContainer({
    endpoint: cosmos.endpoint,
    key: cosmos.key,
    databaseId,
  });
  return {
    store: cosmosStore(container),
    container,
    endpoint: cosmos.endpoint,
    key: cosmos.key,
    databaseId,
    close: cosmos.close,
  };
}
