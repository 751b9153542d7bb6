// The Bot Connector emulator (tests/support/bot-connector-emulator.ts) for the benches whose
// cards it receives, and a bench user's personal conversation with it.
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
export async function startEmulator(): Promise<Emulator> {
  const file = join(process.cwd(), 'tests', 'support', 'bot-connector-emulator.ts');
  const mod = (await import(pathToFileURL(file).href)) as {
    startBotConnectorEmulator(): Promise<Emulator>;
  };
  return mod.startBotConnectorEmulator();
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
