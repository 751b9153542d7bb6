import { threadOf, type Connector, type ConnectorOutcome } from './connector';
import { parseDelivery, type Delivery } from './delivery';
import type { RateLimiter } from './rate-limiter';
import type { Reached } from './reach';
import type { NotifierState } from './state';

export type SenderOptions = {
  /** Connector attempts before a delivery goes to the dead letters. */
  maxAttempts: number;
  /** Longest a handler waits in place; longer waits put the delivery back on the queue. */
  inlineBudgetMs: number;
  baseBackoffMs: number;
  maxBackoffMs: number;
  /** How long a claim on a delivery keeps other instances off it (covers one handler run). */
  claimMs: number;
  /**
   * A send this late for its slot (a busy event loop) could arrive inside a later slot's
   * window, beyond what the limiter's margin covers: the slot is given up and another taken.
   */
  lateSlotMs: number;
};

export const DEFAULT_SENDER_OPTIONS: SenderOptions = {
  maxAttempts: 8,
  inlineBudgetMs: 10_000,
  baseBackoffMs: 500,
  maxBackoffMs: 30_000,
  claimMs: 30_000,
  lateSlotMs: 20,
};

export type SenderDeps = {
  state: NotifierState;
  limiter: RateLimiter;
  connector: Connector;
  /** Puts a delivery back on the queue, invisible for `delayMs`. */
  requeue(delivery: Delivery, delayMs: number): Promise<void>;
  /**
   * Finds or opens a conversation with a recipient the bot has none with yet (and says what to
   * send there); throws when that failed for now and is worth another attempt.
   */
  reach?(delivery: Delivery): Promise<Reached | undefined>;
  options?: SenderOptions;
  now?: () => number;
};

export type DeliveryOutcome = 'sent' | 'duplicate' | 'requeued' | 'dead' | 'invalid';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Full jitter: uniformly random up to the exponential ceiling. */
export const backoffMs = (attempt: number, o: SenderOptions) =>
  Math.random() * Math.min(o.maxBackoffMs, o.baseBackoffMs * 2 ** Math.max(0, attempt - 1));

/**
 * The one handler behind the queue trigger (Azure) and the polling loop (local): at-least-once
 * delivery of one card, deduplicated per (event, recipient), inside the shared rate limits.
 */
export async function handleDelivery(raw: unknown, deps: SenderDeps): Promise<DeliveryOutcome> {
  const delivery = parseDelivery(raw);
  if (!delivery) return 'invalid';
  const o = deps.options ?? DEFAULT_SENDER_OPTIONS;
  const now = deps.now ?? Date.now;
  const { state } = deps;
  const claim = await state.sent.claim(delivery.tenantId, delivery.key, now(), now() + o.claimMs);
  if (claim === 'sent') return 'duplicate';
  if (claim === 'busy') {
    await deps.requeue(delivery, o.claimMs);
    return 'requeued';
  }
  let reached: Reached | undefined;
  try {
    const known = await state.conversations.forUser(delivery.tenantId, delivery.recipientId);
    reached = known ? { ref: known, activity: delivery.activity } : await deps.reach?.(delivery);
  } catch (error) {
    const next = { ...delivery, attempt: delivery.attempt + 1 };
    if (next.attempt >= o.maxAttempts) return deadLetter(deps, next, String(error));
    return requeue(deps, next, backoffMs(next.attempt, o));
  }
  if (!reached) return deadLetter(deps, delivery, 'no conversation with the recipient');
  const { ref, activity } = reached;

  const started = now();
  let current = delivery;
  for (;;) {
    if (current.attempt >= o.maxAttempts) return deadLetter(deps, current, 'too many attempts');
    const slot = await deps.limiter.reserve(current.tenantId, threadOf(ref.conversationId));
    if (slot.kind === 'wait') {
      if (now() - started + slot.ms > o.inlineBudgetMs) return requeue(deps, current, slot.ms);
      await sleep(slot.ms);
      continue;
    }
    await sleep(slot.at - now());
    if (now() - slot.at > o.lateSlotMs) continue;
    const outcome = await deps.connector.send(ref, activity);
    if (outcome.kind === 'ok') {
      await state.sent.mark(current.tenantId, current.key, new Date(now()).toISOString());
      return 'sent';
    }
    current = { ...current, attempt: current.attempt + 1 };
    const delay = retryDelay(outcome, current.attempt, o);
    if (delay === undefined) return deadLetter(deps, current, describe(outcome));
    if (now() - started + delay > o.inlineBudgetMs) return requeue(deps, current, delay);
    await sleep(delay);
  }
}

function retryDelay(outcome: ConnectorOutcome, attempt: number, o: SenderOptions) {
  if (outcome.kind === 'throttled') return outcome.retryAfterMs + Math.random() * 250;
  if (outcome.kind === 'failed' && outcome.retryable) return backoffMs(attempt, o);
  return undefined;
}

const describe = (outcome: ConnectorOutcome) =>
  outcome.kind === 'failed' ? `connector answered ${outcome.status}` : outcome.kind;

async function requeue(deps: SenderDeps, delivery: Delivery, delayMs: number) {
  await deps.requeue(delivery, delayMs);
  await deps.state.sent.release(delivery.tenantId, delivery.key);
  return 'requeued' as const;
}

async function deadLetter(deps: SenderDeps, delivery: Delivery, reason: string) {
  const at = new Date((deps.now ?? Date.now)()).toISOString();
  await deps.state.deadLetters.put(delivery.tenantId, { key: delivery.key, reason, at, delivery });
  await deps.state.sent.release(delivery.tenantId, delivery.key);
  return 'dead' as const;
}
