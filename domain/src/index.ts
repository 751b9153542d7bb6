// Browser-safe entry: model, rules and events. Nothing here may import Node-only code.
export * from './result';
export * from './actor';
export * from './events';
export * from './model/common';
export * from './model/tenant';
export * from './model/user';
export * from './model/space';
export * from './model/pipeline';
export * from './model/lead';
export * from './model/account';
export * from './model/contact';
export * from './model/opportunity';
export * from './model/timeline';
export * from './model/summary';
export * from './rules/search-text';
