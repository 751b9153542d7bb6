import type { Installer } from '@channel-crm/bot/notifier';
import type { LocalConnector } from './bot-connector';

/**
 * The `Installer` port for `npm start`: every demo user may have the app, so installing opens
 * their personal chat at the local Bot Connector (Graph's installedApps → chat, in process).
 */
export const createLocalInstaller = (connector: LocalConnector): Installer => ({
  installForUser: async (tenantId, userId) => ({
    kind: 'installed',
    chatId: connector.openPersonalChat(tenantId, userId),
  }),
});
