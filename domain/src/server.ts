// Node-only entry: use cases and the Cosmos DB store.
export * from './index';
export * from './store/ports';
export * from './store/containers';
export * from './use-cases/context';
