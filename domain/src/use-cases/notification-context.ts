import type { NotificationPorts } from '../store/notification-ports';
import type { UseCaseContext } from './context';

/** The context of the notification use cases: the usual one and the notifier's ports. */
export type NotificationContext = UseCaseContext & { notifications: NotificationPorts };
