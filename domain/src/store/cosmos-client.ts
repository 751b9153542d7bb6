import { CosmosClient } from '@azure/cosmos';
import { DefaultAzureCredential, ManagedIdentityCredential } from '@azure/identity';
import type { Agent } from 'node:https';
import { isLocalEndpoint, localAgent } from './local-agent';
import { countRoundTripsTo } from './unit-of-work';

export type CosmosConnection = {
  endpoint: string;
  /** Only for the embedded server or the emulator; without it the managed identity is used. */
  key?: string;
  /** Overrides the HTTPS agent (benchmarks count round trips through it). */
  agent?: Agent;
};

export function createCosmosClient({ endpoint, key, agent }: CosmosConnection): CosmosClient {
  const local = isLocalEndpoint(endpoint);
  countRoundTripsTo(endpoint);
  const clientId = process.env.AZURE_CLIENT_ID;
  const auth = key
    ? { key }
    : {
        aadCredentials: clientId
          ? new ManagedIdentityCredential({ clientId })
          : new DefaultAzureCredential(),
      };
  return new CosmosClient({
    endpoint,
    ...auth,
    ...(agent || local ? { agent: agent ?? localAgent() } : {}),
    // The embedded server answers its account lookup with an address that is not reachable.
    ...(local ? { connectionPolicy: { enableEndpointDiscovery: false } } : {}),
  });
}
