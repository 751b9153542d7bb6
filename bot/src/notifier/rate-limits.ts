/**
 * The sender's one rate-limit configuration: Teams' documented limits for bots, per
 * conversation (thread) and per app per tenant. The emulator hard-codes its own copy.
 */
export type RateWindow = { ms: number; max: number };

export const CONVERSATION_WINDOWS: RateWindow[] = [
  { ms: 1_000, max: 7 },
  { ms: 2_000, max: 8 },
  { ms: 30_000, max: 60 },
  { ms: 3_600_000, max: 1_800 },
];

export const TENANT_WINDOWS: RateWindow[] = [{ ms: 1_000, max: 50 }];

/** Windows up to this length are kept as exact timestamps; longer ones in minute buckets. */
export const EXACT_SPAN_MS = 31_000;
export const BUCKET_MS = 60_000;
