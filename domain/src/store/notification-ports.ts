import type { DeadLetter } from '../model/dead-letter';
import type { NotificationPreferences } from '../model/notification-settings';

/** Each user's notification preferences (the notifier's table). */
export type PreferencePort = {
  get(tenantId: string, userId: string): Promise<NotificationPreferences>;
  /**
   * Applies `change` to the stored preferences and answers the result; a concurrent write
   * (etag mismatch) makes it read again and re-apply, so no change is lost.
   */
  update(
    tenantId: string,
    userId: string,
    change: (prefs: NotificationPreferences) => NotificationPreferences,
  ): Promise<NotificationPreferences>;
};

/** The tenant's deliveries that kept failing (the notifier's table). */
export type DeadLetterPort = {
  /** Oldest first. */
  list(tenantId: string): Promise<DeadLetter[]>;
  get(tenantId: string, key: string): Promise<DeadLetter | undefined>;
  remove(tenantId: string, key: string): Promise<void>;
};

/** The notifications queue, seen from a replay. */
export type DeliveryQueuePort = {
  /**
   * Queues a dead letter's delivery again with fresh attempts and answers the delivery's key;
   * undefined, queueing nothing, when the letter holds no card delivery of this tenant.
   */
  requeue(tenantId: string, letter: DeadLetter): Promise<string | undefined>;
};

/** What the notification use cases read and change besides the CRM store. */
export type NotificationPorts = {
  preferences: PreferencePort;
  deadLetters: DeadLetterPort;
  deliveries: DeliveryQueuePort;
};
