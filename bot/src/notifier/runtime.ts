import { TableClient } from '@azure/data-tables';
import type { TokenCredential } from '@azure/identity';
import { QueueClient } from '@azure/storage-queue';
import type { NotificationPorts } from '@channel-crm/domain/server';
import { createConnectorClient } from '../adapter/connector-client';
import type { Connector } from './connector';
import { deadLetterRequeue } from './dead-letter-requeue';
import { encodeMessage, type Delivery } from './delivery';
import { startPollingLoop, type PollingLoop } from './polling-loop';
import type { Reached } from './reach';
import {
  createRateLimiter,
  DEFAULT_LIMITER_OPTIONS,
  type RateLimiterOptions,
} from './rate-limiter';
import { DEFAULT_SENDER_OPTIONS, handleDelivery, type SenderOptions } from './sender';
import type { NotifierState } from './state';
import { createTableState } from './table-state';

export const NOTIFICATIONS_QUEUE = 'notifications';
export const NOTIFIER_TABLE = 'notifier';

/**
 * The Function App's storage (`AzureWebJobsStorage`): a connection string (Azurite locally) or,
 * in Azure, the service URLs with the app's managed identity.
 */
export type StorageConfig =
  | { storageConnectionString: string }
  | { queueServiceUrl: string; tableServiceUrl: string; credential: TokenCredential };

export type NotifierConfig = StorageConfig & {
  connectorTimeoutMs?: number;
  limiter?: Partial<RateLimiterOptions>;
  sender?: Partial<SenderOptions>;
  connector?: Connector;
  /** The sender's way to recipients without a conversation (see createReach). */
  reach?: (state: NotifierState) => (delivery: Delivery) => Promise<Reached | undefined>;
};

export type Notifier = {
  state: NotifierState;
  /** What the notification use cases need: preferences, dead letters, the queue for replays. */
  ports: NotificationPorts;
  queue: QueueClient;
  enqueue(delivery: Delivery, delayMs?: number): Promise<void>;
  /** The queue trigger's and the polling loop's one handler. */
  handle(message: unknown): Promise<unknown>;
  startLoop(options?: {
    concurrency?: number;
    visibilityTimeoutSeconds?: number;
    /** The wait after an empty receive; an enqueue by this notifier ends it at once. */
    idleMs?: number;
  }): PollingLoop;
};

function storageClients(config: StorageConfig) {
  if ('storageConnectionString' in config) {
    const connection = config.storageConnectionString;
    return {
      queue: new QueueClient(connection, NOTIFICATIONS_QUEUE),
      table: TableClient.fromConnectionString(connection, NOTIFIER_TABLE, {
        allowInsecureConnection: connection.includes('http://'),
      }),
    };
  }
  const queueUrl = `${config.queueServiceUrl.replace(/\/+$/, '')}/${NOTIFICATIONS_QUEUE}`;
  return {
    queue: new QueueClient(queueUrl, config.credential),
    table: new TableClient(config.tableServiceUrl, NOTIFIER_TABLE, config.credential),
  };
}

export async function createNotifier(config: NotifierConfig): Promise<Notifier> {
  const { queue, table } = storageClients(config);
  await queue.createIfNotExists();
  await table.createTable();
  const state = createTableState(table);
  const limiter = createRateLimiter(state.slots, { ...DEFAULT_LIMITER_OPTIONS, ...config.limiter });
  const connector =
    config.connector ?? createConnectorClient({ timeoutMs: config.connectorTimeoutMs ?? 10_000 });
  const options = { ...DEFAULT_SENDER_OPTIONS, ...config.sender };

  /** This process's polling loops, woken by its own enqueues (the local app's, the benches'). */
  const loops = new Set<PollingLoop>();
  const enqueue = async (delivery: Delivery, delayMs = 0) => {
    await queue.sendMessage(encodeMessage(delivery), {
      visibilityTimeout: Math.ceil(delayMs / 1000),
    });
    if (delayMs === 0) for (const loop of loops) loop.wake();
  };
  const reach = config.reach?.(state);
  const handle = (message: unknown) =>
    handleDelivery(message, { state, limiter, connector, requeue: enqueue, options, reach });

  return {
    state,
    ports: {
      preferences: state.preferences,
      deadLetters: state.deadLetters,
      deliveries: deadLetterRequeue(enqueue),
    },
    queue,
    enqueue,
    handle,
    startLoop: (loop = {}) => {
      const started = startPollingLoop({
        queue,
        handle,
        concurrency: loop.concurrency ?? 16,
        visibilityTimeoutSeconds: loop.visibilityTimeoutSeconds ?? 60,
        idleMs: loop.idleMs ?? 100,
        maxDequeueCount: 5,
        poison: async (message, error) => {
          const at = new Date().toISOString();
          const key = `poison:${at}:${Math.random()}`;
          await state.deadLetters.put(tenantOf(message), {
            key,
            reason: String(error),
            at,
            delivery: message,
          });
        },
        onError: (error) => console.error('notifier:', error),
      });
      loops.add(started);
      return {
        wake: started.wake,
        stop: async () => {
          loops.delete(started);
          await started.stop();
        },
      };
    },
  };
}

const tenantOf = (message: unknown) =>
  typeof message === 'object' && message !== null && 'tenantId' in message
    ? String(message.tenantId)
    : 'unknown';
