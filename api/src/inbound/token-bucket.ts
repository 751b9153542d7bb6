/** The answer of a bucket: go ahead, or wait this many whole seconds. */
export type Take = { ok: true } | { ok: false; retryAfterSeconds: number };

type Bucket = { tokens: number; at: number; perMinute: number };

/** Buckets idle this long are full again, so they are forgotten. */
const IDLE_MS = 60_000;

/**
 * Token buckets per key, in this process: each holds up to `perMinute` requests and refills
 * evenly over a minute, so a burst up to the limit passes and a steady sender gets its rate.
 * With several instances each keeps its own buckets: the rate a sender gets is up to the limit
 * times the instances its requests are spread over.
 */
export function createTokenBuckets(maxBuckets = 10_000) {
  const buckets = new Map<string, Bucket>();

  function sweep(now: number) {
    for (const [key, bucket] of buckets) if (now - bucket.at > IDLE_MS) buckets.delete(key);
  }

  return {
    take(key: string, perMinute: number, now: number): Take {
      if (buckets.size >= maxBuckets) sweep(now);
      const bucket = buckets.get(key);
      const refill = perMinute / 60_000;
      const tokens =
        bucket && bucket.perMinute === perMinute
          ? Math.min(perMinute, bucket.tokens + (now - bucket.at) * refill)
          : perMinute;
      if (tokens >= 1) {
        buckets.set(key, { tokens: tokens - 1, at: now, perMinute });
        return { ok: true };
      }
      buckets.set(key, { tokens, at: now, perMinute });
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / refill / 1000)) };
    },
  };
}

export type TokenBuckets = ReturnType<typeof createTokenBuckets>;
