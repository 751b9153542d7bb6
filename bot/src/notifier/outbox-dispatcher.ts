import {
  sweepOutboxes,
  type CrmStore,
  type NotificationSink,
  type SweepResult,
} from '@channel-crm/domain/server';

export const SWEEP_LIMIT = 100;

export type OutboxDispatcher = {
  /** Call after a write: a sweep runs soon; calls during a sweep coalesce into one more. */
  kick(): void;
  /** One sweep now (the timer's work). */
  sweep(): Promise<SweepResult>;
  /** Resolves when no sweep is running or asked for. */
  idle(): Promise<void>;
};

/** Runs the dispatcher right after writes and on demand, one sweep at a time. */
export function createOutboxDispatcher(
  store: CrmStore,
  sink: NotificationSink,
  onError: (error: unknown) => void = (error) => console.error('dispatcher:', error),
): OutboxDispatcher {
  let running: Promise<void> | undefined;
  let again = false;

  const sweep = () => sweepOutboxes(store, sink, SWEEP_LIMIT);

  const loop = async () => {
    do {
      again = false;
      const result = await sweep().catch((error: unknown) => {
        onError(error);
        return undefined;
      });
      for (const failure of result?.failures ?? []) onError(failure.error);
    } while (again);
  };

  return {
    kick() {
      if (running) {
        again = true;
        return;
      }
      running = loop().finally(() => {
        running = undefined;
      });
    },
    sweep,
    idle: async () => {
      while (running) await running;
    },
  };
}
