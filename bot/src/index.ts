export * from './notifier/index';
export * from './bot-runtime';
export type { BotApp, BotHttpRequest, BotHttpResponse } from './bot-app';
export type { BotAuthSettings } from './adapter/bot-auth';
export type { TabLink } from './cards/deep-link';
export { createGraphInstaller, type GraphInstallerOptions } from './adapter/graph-installer';
export {
  createGraphMeetingDirectory,
  type GraphMeetingDirectoryOptions,
} from './adapter/graph-meetings';
export { graphTokenFromEnv } from './adapter/graph-token';
