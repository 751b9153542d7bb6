import type { QueueClient } from '@azure/storage-queue';
import { decodeMessage } from './delivery';

export type PollingLoopOptions = {
  queue: QueueClient;
  handle(message: unknown): Promise<unknown>;
  /** Deliveries processed at once by this instance. */
  concurrency: number;
  /** How long a received message stays hidden from other instances. */
  visibilityTimeoutSeconds: number;
  idleMs: number;
  /** A message whose handler keeps throwing goes here after this many receives. */
  maxDequeueCount: number;
  poison(message: unknown, error: unknown): Promise<void>;
  onError?(error: unknown): void;
};

export type PollingLoop = {
  /** Something was just enqueued: poll now instead of at the end of the idle wait. */
  wake(): void;
  stop(): Promise<void>;
};

/** The local stand-in for the Functions queue trigger: the same handler, the same semantics. */
export function startPollingLoop(options: PollingLoopOptions): PollingLoop {
  let running = true;
  const inFlight = new Set<Promise<void>>();
  let endIdle: (() => void) | undefined;
  /** A wake-up while a receive was under way: that receive may have missed the message. */
  let wokenWhileBusy = false;
  const idle = () =>
    new Promise<void>((resolve) => {
      if (wokenWhileBusy) {
        wokenWhileBusy = false;
        return resolve();
      }
      const timer = setTimeout(() => end(), options.idleMs);
      const end = () => {
        clearTimeout(timer);
        endIdle = undefined;
        resolve();
      };
      endIdle = end;
    });

  async function process(id: string, pop: string, text: string, dequeueCount: number) {
    const message = decodeMessage(text);
    try {
      await options.handle(message);
      await options.queue.deleteMessage(id, pop);
    } catch (error) {
      options.onError?.(error);
      if (dequeueCount >= options.maxDequeueCount) {
        await options.poison(message, error);
        await options.queue.deleteMessage(id, pop);
      }
    }
  }

  const loop = (async () => {
    while (running) {
      const free = options.concurrency - inFlight.size;
      if (free <= 0) {
        await Promise.race(inFlight);
        continue;
      }
      let received;
      try {
        received = await options.queue.receiveMessages({
          numberOfMessages: Math.min(32, free),
          visibilityTimeout: options.visibilityTimeoutSeconds,
        });
      } catch (error) {
        options.onError?.(error);
        await idle();
        continue;
      }
      if (received.receivedMessageItems.length === 0) {
        await idle();
        continue;
      }
      wokenWhileBusy = false;
      for (const m of received.receivedMessageItems) {
        const task = process(m.messageId, m.popReceipt, m.messageText, m.dequeueCount)
          .catch((error: unknown) => options.onError?.(error))
          .finally(() => inFlight.delete(task));
        inFlight.add(task);
      }
    }
  })();

  const wake = () => {
    if (endIdle) endIdle();
    else wokenWhileBusy = true;
  };
  return {
    wake,
    async stop() {
      running = false;
      wake();
      await loop;
      await Promise.all(inFlight);
    },
  };
}
