// The API's contracts: browser-safe, side-effect free. Every value exported here is a contract
// or a record of contracts (the tab's build keeps only their method and path); the rest are types.
export type { AnyContract, Page, PathParams, ResponseOf } from './contract';
export type { DeadLetter } from '../model/dead-letter';
export type {
  MutableRecordType,
  MutedRecord,
  NotificationMode,
  NotificationSettings,
} from '../model/notification-settings';
export * from './accounts';
export * from './activities';
export * from './board';
export * from './my-figures';
export * from './contacts';
export * from './dead-letters';
export * from './dev';
export * from './imports';
export * from './inbound';
export * from './duplicates';
export * from './leads';
export * from './lead-stats';
export * from './me';
export * from './meetings';
export * from './meta';
export * from './notifications';
export * from './opportunities';
export * from './pipelines';
export * from './roles';
export * from './spaces';
export * from './splitter-filters';
export * from './task-templates';
export * from './tenant';
export * from './timeline';
export * from './users';
export * from './web-forms';
export * from './routing';
