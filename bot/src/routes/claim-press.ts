import type { Result } from '@channel-crm/domain/server';
import type { BotServices } from '../bot-services';

/** Keeps a second press of the same action off while the first one runs. */
const CLAIM_MS = 30_000;

/**
 * Runs `run` for the first press of a card action only: a second press (double click, replayed
 * invoke) finds the press claimed and runs nothing (undefined). A refused or failed run frees
 * the press, so pressing again tries again.
 */
export async function runOnce<T>(
  services: BotServices,
  tenantId: string,
  key: string,
  run: () => Promise<Result<T>>,
): Promise<Result<T> | undefined> {
  const now = Date.now();
  const claim = await services.state.sent.claim(tenantId, key, now, now + CLAIM_MS);
  if (claim !== 'claimed') return undefined;
  const result = await run().catch(async (error: unknown) => {
    await services.state.sent.release(tenantId, key);
    throw error;
  });
  if (result.ok) await services.state.sent.mark(tenantId, key, services.clock.now());
  else await services.state.sent.release(tenantId, key);
  return result;
}
