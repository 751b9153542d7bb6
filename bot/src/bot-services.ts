import type { Clock, CrmStore, IdGenerator, NotificationPorts } from '@channel-crm/domain/server';
import type { TabLink } from './cards/deep-link';
import type { NotifierState } from './notifier/state';

/** What the bot's routes and the notification sink need at run time. */
export type BotServices = {
  store: CrmStore;
  clock: Clock;
  ids: IdGenerator;
  /** Conversation references, action claims (the notifier's table). */
  state: NotifierState;
  /** The notification use cases' ports (mute and unmute from a card). */
  notifications: NotificationPorts;
  /** The CRM tab the cards' "Open in tab" deep-links into. */
  tab: TabLink;
};
