export * from './connector';
export * from './delivery';
export * from './runtime';
export * from './sender';
export * from './state';
export * from './rate-limits';
