// Test support entry: kits, fixtures, test stores and the embedded Cosmos server (Node only).
// Tests and the local scripts import it; production code never does.
export * from './embedded-cosmos';
export * from './bulk-create';
export * from './test-store';
export * from './test-records';
export * from './opportunity-test-kit';
export * from './opportunity-fixtures';
export * from './lead-fixtures';
