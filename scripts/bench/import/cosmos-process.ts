// The embedded Cosmos server in a process of its own, so the import benchmark measures the
// worker's memory without the documents the server keeps. Sends its endpoint, then runs until
// killed.
import { startEmbeddedCosmos } from '@channel-crm/domain/testing';

const cosmos = await startEmbeddedCosmos();
process.send?.({ endpoint: cosmos.endpoint, key: cosmos.key });
