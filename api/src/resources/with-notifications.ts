import type { NotificationContext, UseCaseContext } from '@channel-crm/domain/server';
import { botRuntime } from '../functions/messages';

/** The use-case context the handler built, with the notifier's ports. */
export const withNotifications = async (ctx: UseCaseContext): Promise<NotificationContext> => ({
  ...ctx,
  notifications: (await botRuntime()).notifier.ports,
});
