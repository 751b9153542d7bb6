// The Bot Connector emulator (tests/support/bot-connector-emulator.ts) for the benches whose
// cards it receives, a bench user's personal conversation with it, and the Teams limits it
// enforces (tests/support/teams-limits.ts), to compare a bench's cards with.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Notifier } from '@channel-crm/bot';

/** A card the emulator took: its personal conversation's user, and when (Date.now()). */
export type Delivered = { userId?: string; at: number; activity: Record<string, unknown> };

/** The part of the emulator the benches use. */
export type Emulator = {
  serviceUrl: string;
  delivered: Delivered[];
  /** Requests beyond Teams' published limits (answered 429). */
  counts: { violations: number };
  install(tenantId: string, userId: string): string;
  waitFor(predicate: (d: Delivered[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
};

/**
 * The emulator is test code; tests' project references scripts, so a static import from here
 * would make a reference cycle. It is loaded at run time instead.
 */
const testSupport = <T>(file: string) =>
  import(pathToFileURL(join(process.cwd(), 'tests', 'support', file)).href) as Promise<T>;

export async function startEmulator(): Promise<Emulator> {
  const mod = await testSupport<{ startBotConnectorEmulator(): Promise<Emulator> }>(
    'bot-connector-emulator.ts',
  );
  return mod.startBotConnectorEmulator();
}

type SlidingLog = { waitMs(now: number): number; record(now: number): void };

/**
 * When each card could reach its conversation at the earliest if nothing but Teams' published
 * per-conversation limits held it back: cards in the order given, each at or after its `from`
 * and after the card before it in its conversation.
 */
export async function earliestUnderConversationLimits(
  cards: readonly { conversation: string; from: number }[],
): Promise<number[]> {
  const limits = await testSupport<{
    PER_CONVERSATION: unknown;
    SlidingLog: new (windows: unknown) => SlidingLog;
  }>('teams-limits.ts');
  const logs = new Map<string, { log: SlidingLog; last: number }>();
  return cards.map(({ conversation, from }) => {
    const thread = logs.get(conversation) ?? {
      log: new limits.SlidingLog(limits.PER_CONVERSATION),
      last: -Infinity,
    };
    logs.set(conversation, thread);
    let at = Math.max(from, thread.last);
    for (let wait = thread.log.waitMs(at); wait > 0; wait = thread.log.waitMs(at)) at += wait;
    thread.log.record(at);
    thread.last = at;
    return at;
  });
}

/** The user installed the app: the notifier knows their conversation at the emulator. */
export async function installFor(
  notifier: Notifier,
  emulator: Emulator,
  tenantId: string,
  userId: string,
): Promise<void> {
  await notifier.state.conversations.put({
    tenantId,
    userId,
    conversationId: emulator.install(tenantId, userId),
    serviceUrl: emulator.serviceUrl,
    botId: 'bench-bot',
    updatedAt: new Date().toISOString(),
  });
}
